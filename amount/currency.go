package amount

import (
	"unicode/utf8"

	"github.com/claimlight/claimlight/tokenize"
)

// Currency returns the currency a money amount's text names, as a label
// to print with its value: a sign as written before the number ("€",
// "US$", "£"; "PLN" for "zł" and "CZK" for "Kč", signs written with letters), a sign for a currency named in words ("€" for "35 billion
// euros", "£" for "sterling"), or an ISO 4217 code where there is no
// common sign ("SEK" for "2.4 billion Swedish crowns", "CHF" for "Swiss
// francs"); "£" for pence, whose value is in pounds. It returns "" when the
// text names no currency it knows (cents, which many currencies have).
func Currency(text []byte) string {
	// a sign, with the letters glued before it: "US$", "HK$", "R$"
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '$' {
			j := i
			for j > 0 && j > i-3 && 'A' <= text[j-1] && text[j-1] <= 'Z' {
				j--
			}
			return string(text[j : i+1])
		}
		if i+1 < len(text) && '0' <= text[i+1] && text[i+1] <= '9' && (i == 0 || text[i-1] == ' ' || c == 'S' && text[i-1] == 'U') {
			// letters glued before the number (see tokenize's money
			// letters): "R18.92", "N1,642", "US64.2c"
			switch c {
			case 'R':
				return "ZAR"
			case 'N':
				return "₦"
			case 'S':
				return "US$"
			}
		}
		if c == '&' {
			// a sign written as a character reference: "&pound;", "&#8364;"
			if r, n := tokenize.CharRef(text, i); n > 0 && r >= 0x80 {
				var buf [4]byte
				if l := signOf(utf8.AppendRune(buf[:0], r)); l != "" {
					return l
				}
			}
		}
		if c >= 0xc2 {
			if l := signOf(text[i:]); l != "" {
				return l
			}
			if i+5 <= len(text) && string(text[i:i+5]) == "ónur" {
				return "ISK" // "krónur", Iceland's, whose accent the words below cannot read
			}
		}
		if (c == 'z' || c == 'K') && i+3 <= len(text) && (i+3 == len(text) || !isLetter(text[i+3]) && text[i+3] < 0x80) {
			// a sign written with letters: "zł1.4 bln", "320 Kč"
			switch string(text[i : i+3]) {
			case "zł":
				return "PLN"
			case "Kč":
				return "CZK"
			}
		}
	}
	// pence glued to the digits: "412p", "12.5p to 98.4p"
	for i := 1; i < len(text); i++ {
		if text[i] == 'p' && text[i-1] >= '0' && text[i-1] <= '9' && (i+1 == len(text) || !isLetter(text[i+1])) {
			return "£"
		}
	}
	// a currency in words: the last one that the table knows, with the
	// word before it for a nation ("Swedish crowns", "Canadian dollars")
	label := ""
	var prev, w []byte
	for i := 0; i < len(text); {
		prev = w
		w, i = word(text, skipBlanks(text, i))
		if len(w) == 0 {
			if i < len(text) {
				i++
			}
			continue
		}
		if l := currencyWord(prev, w); l != "" {
			label = l
		}
	}
	return label
}

// InCents reports whether text, the text of a money span that names no
// currency, states its amount in cents: "94 cents", "1 cent", "99c",
// "94¢". The value Parse gives is then in the whole unit (0.94), of a
// currency the text around it may name (see claimlight's
// Document.SpanCurrency).
func InCents(text []byte) bool {
	for i := 0; i < len(text); {
		j := skipBlanks(text, i)
		w, k := word(text, j)
		if len(w) == 0 {
			if j+1 < len(text) && text[j] == 0xc2 && text[j+1] == 0xa2 {
				return true // "94¢"
			}
			i = j + 1
			continue
		}
		if equalFold(w, "cent") || equalFold(w, "cents") ||
			string(w) == "c" && j > 0 && text[j-1] >= '0' && text[j-1] <= '9' {
			return true
		}
		i = k
	}
	return false
}

// signOf returns the currency sign that text starts with, one of signs,
// or "".
func signOf(text []byte) string {
	for s := signs; len(s) > 0; {
		k := indexSpace(s)
		if len(text) >= k && string(text[:k]) == s[:k] {
			return s[:k]
		}
		s = s[k+1:]
	}
	return ""
}

// signs are the currency signs other than "$" that Currency knows, in
// UTF-8, each followed by a space. The cent sign is none: "94¢" is in
// cents (see InCents).
const signs = "€ £ ¥ ₹ ₩ ₽ ₺ ₴ ₪ ₦ ₱ ₫ ฿ ₿ "

// currencyWords maps a currency's name in the singular (its plural adds an
// "s") or its ISO code to its label, in pairs separated by spaces; a label
// of "*" marks a name that several nations' currencies share, which the
// word before settles (see nationCodes).
const currencyWords = "euro € eur € sterling £ gbp £ pence £ penny £ usd US$ yen ¥ jpy ¥ yuan CNY renminbi CNY rmb CNY cny CNY " +
	"kes KES ksh KES inr ₹ rs ₹ paise ₹ paisa ₹ chf CHF krona SEK kronor SEK sek SEK nok NOK dkk DKK koruna CZK czk CZK forint HUF huf HUF " +
	"zloty PLN zlotys PLN pln PLN leu RON lei RON lev BGN leva BGN rouble ₽ ruble ₽ rub ₽ hryvnia ₴ uah ₴ " +
	"shekel ₪ ils ₪ naira ₦ ngn ₦ won ₩ krw ₩ lira ₺ lire ₺ try ₺ rand ZAR zar ZAR real R$ reais R$ brl R$ " +
	"mxn MXN cad C$ aud A$ nzd NZ$ hkd HK$ sgd S$ bitcoin ₿ btc ₿ xbt ₿ eth ETH ether ETH usdt USDT usdc USDC " +
	"pound * dollar * cent * rupee * franc * crown * krone * kroner * peso * shilling *"

// nationCodes maps the adjective before a shared currency name (the last
// word of two: "Hong Kong", "Sri Lankan") to the nation's ISO 3166 code,
// or to the letters its dollar's sign takes ("C" for C$).
const nationCodes = "us US american US canadian C australian A zealand NZ kong HK singapore S taiwan NT " +
	"swedish SE norwegian NO danish DK czech CZ swiss CH egyptian EG lebanese LB british GB mexican MX " +
	"argentine AR argentinian AR chilean CL colombian CO philippine PH indian IN pakistani PK nepalese NP lankan LK " +
	"kenyan KE ugandan UG tanzanian TZ somali SO"

// currencyWord returns the label for the currency word w, with prev the
// word before it, or "".
func currencyWord(prev, w []byte) string {
	name, label := lookup(currencyWords, w)
	if label == "" && len(w) > 1 && w[len(w)-1]|0x20 == 's' {
		name, label = lookup(currencyWords, w[:len(w)-1]) // "euros", "pounds"
	}
	if label != "*" {
		return label
	}
	_, iso := lookup(nationCodes, prev)
	switch {
	case name == "dollar" || name == "cent" && iso != "":
		return iso + "$" // "US$", "C$", "HK$"; "$" alone; "US cents"
	case name == "pound" && (iso == "" || iso == "GB"):
		return "£"
	case name == "rupee" && (iso == "" || iso == "IN"):
		return "₹"
	case name == "franc" && iso == "":
		return "CHF"
	case name == "peso" && iso == "":
		return "pesos"
	case name == "peso" && iso == "MX":
		return "MXN"
	case name == "peso" && iso == "AR":
		return "ARS"
	case name == "shilling" && iso == "":
		return "shillings" // Kenya's, Uganda's, Tanzania's or Somalia's
	case name == "shilling" && iso == "UG":
		return "UGX"
	case iso == "":
		return "" // crowns of no nation
	case name[0] == 'c' || name[0] == 'k':
		return iso + "K" // "SEK", "NOK", "DKK", "CZK"
	}
	return iso + string([]byte{name[0] &^ 0x20}) // "EGP", "PKR", "CHF", "CLP"
}

// lookup finds w, compared without case, among the even words of pairs
// (words separated by single spaces) and returns it as written there
// with the word after it; "", "" when it is not there.
func lookup(pairs string, w []byte) (string, string) {
	for len(pairs) > 0 {
		k := indexSpace(pairs)
		key := pairs[:k]
		pairs = pairs[k+1:]
		v := indexSpace(pairs)
		if equalFold(w, key) {
			return key, pairs[:v]
		}
		if v == len(pairs) {
			break
		}
		pairs = pairs[v+1:]
	}
	return "", ""
}

// indexSpace returns the index of the first space in s, or len(s).
func indexSpace(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return i
		}
	}
	return len(s)
}
