package amount

import "testing"

// TestCurrency checks the labels a reader sees beside money amounts.
func TestCurrency(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"€35 billion", "€"}, {"over €35 billion", "€"}, {"US$5 million", "US$"}, {"$1.2tn", "$"},
		{"£400m", "£"}, {"&pound;1.2m", "£"}, {"&#8364;5", "€"}, {"HK$3 billion", "HK$"}, {"₹12.4 lakh crore", "₹"}, {"¥–3.1 billion", "¥"},
		{"$4.1bn-$4.3bn", "$"}, {"35 billion euros", "€"}, {"2.4 billion Swedish crowns", "SEK"},
		{"40 Australian dollars", "A$"}, {"500 Canadian dollars", "C$"}, {"2 billion dollars", "$"},
		{"10 million Swiss francs", "CHF"}, {"3 million Mexican pesos", "MXN"}, {"5 billion pesos", "pesos"},
		{"40 rand", "ZAR"}, {"180 billion shillings", "shillings"}, {"9 billion Kenyan shillings", "KES"}, {"3 million Ugandan shillings", "UGX"}, {"12 Argentine pesos", "ARS"}, {"7 Chilean pesos", "CLP"},
		{"300 million pounds sterling", "£"}, {"20 Egyptian pounds", "EGP"}, {"Rs 500 crore", "₹"},
		{"1,000 Pakistani rupees", "PKR"}, {"90 pence", "£"}, {"3 cents", ""}, {"1.2 billion kronor", "SEK"},
		{"4 billion Norwegian kroner", "NOK"}, {"300 million Danish kroner", "DKK"}, {"2 billion Icelandic krónur", "ISK"}, {"5 krónur", "ISK"}, {"2 billion forint", "HUF"}, {"10,000 USD", "US$"},
		{"8 million yuan", "CNY"}, {"a million", ""}, {"", ""}, {"12 apples", ""},
		{"412p", "£"}, {"12.5p to 98.4p", "£"}, {"85 cents", ""}, {"5pm", ""},
	} {
		if got := Currency([]byte(c.text)); got != c.want {
			t.Errorf("Currency(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestInCents checks which money amounts are in cents of a currency the
// text around them names.
func TestInCents(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"94 cents", true}, {"1 cent", true}, {"99c", true}, {"about 15 cents", true},
		{"$1.37", false}, {"90 pence", false}, {"412p", false}, {"5 percent", false},
		{"a decent sum", false}, {"30C", false}, {"", false},
	} {
		if got := InCents([]byte(c.text)); got != c.want {
			t.Errorf("InCents(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
