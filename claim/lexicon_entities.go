package claim

// Built-in names of places and organisations, written for claimlight from
// common knowledge: the UN member states and a few other territories, their
// capitals and the world's major cities, US states, Australian states and
// territories, Indian states, Canadian provinces, regions often in the
// news, the counties and national parks of England and Wales that weather
// warnings name, and widely reported international bodies, agencies, companies and
// news organisations, and the best-known football clubs (a club named for
// its city, "Liverpool", or like a first name, "Chelsea", is a club only
// where a match makes it one: see clubCity). Keys are lower case; "the" is kept only where it is part of the
// name as written in news copy ("the hague").

const placeList = `
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan
bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|north wales and mersey
botswana|brazil|brunei|bulgaria|burkina faso|burundi|cabo verde|cape verde|cambodia|cameroon|canada
central african republic|chad|chile|china|colombia|comoros|congo|democratic republic of congo|drc|costa rica
ivory coast|côte d'ivoire|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic
ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia
georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india
indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan
laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives
mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco
mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|the netherlands|new zealand|nicaragua|niger|nigeria
north korea|north macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru
philippines|the philippines|poland|portugal|qatar|romania|russia|russian federation|rwanda|saint lucia|samoa
san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands
somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan
tajikistan|tanzania|thailand|timor-leste|east timor|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye
turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england
scotland|wales|northern ireland|united states|us|u.s.|usa|u.s.a.|america|uruguay|uzbekistan|vanuatu|vatican
venezuela|vietnam|yemen|zambia|zimbabwe|greenland|hong kong|macau|puerto rico|gaza|gaza strip|the gaza strip
west bank|the west bank|crimea|donbas|donbass|kosovo|tibet|xinjiang|kashmir|chechnya|transnistria|abkhazia
europe|asia|africa|antarctica|the arctic|arctic|latin america|south america|north america|central america
the middle east|middle east|the balkans|balkans|the baltics|baltics|scandinavia|the caribbean|caribbean
the sahel|sahel|the gulf|gulf of mexico|gulf of aden|gulf of guinea|persian gulf|southeast asia|south asia|east asia|central asia|eastern europe|western europe
the pacific|pacific|the atlantic|atlantic|the mediterranean|mediterranean|the black sea|black sea|the red sea
red sea|the baltic sea|baltic sea|the north sea|north sea|the south china sea|south china sea|indian ocean
the indian ocean|the strait of hormuz|strait of hormuz|the suez canal|suez canal|the panama canal|the alps
the himalayas|the amazon|the sahara|siberia|the kremlin's|kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra
vienna|baku|nassau|manama|dhaka|minsk|brussels|belmopan|porto-novo|thimphu|la paz|sarajevo|gaborone|brasilia
brasília|sofia|ouagadougou|phnom penh|yaounde|ottawa|n'djamena|santiago|beijing|bogota|bogotá|kinshasa|brazzaville
san jose|zagreb|havana|nicosia|prague|copenhagen|quito|cairo|san salvador|asmara|tallinn|addis ababa|helsinki
paris|libreville|tbilisi|berlin|accra|athens|guatemala city|conakry|port-au-prince|tegucigalpa|budapest|reykjavik
new delhi|delhi|jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|rome|kingston|tokyo|amman|astana|nairobi|pristina
kuwait city|bishkek|vientiane|riga|beirut|monrovia|tripoli|vilnius|antananarivo|lilongwe|kuala lumpur|bamako
valletta|nouakchott|mexico city|chisinau|ulaanbaatar|podgorica|rabat|maputo|naypyidaw|yangon|windhoek|kathmandu
amsterdam|the hague|wellington|managua|niamey|abuja|lagos|pyongyang|skopje|oslo|muscat|islamabad|karachi|lahore
panama city|asuncion|lima|manila|warsaw|lisbon|doha|bucharest|moscow|kigali|riyadh|jeddah|dakar|belgrade|freetown
bratislava|ljubljana|mogadishu|pretoria|cape town|johannesburg|seoul|juba|madrid|barcelona|colombo|khartoum
stockholm|gothenburg|malmo|malaga|málaga|alicante|faro|dalaman|manchester victoria|manchester piccadilly|london victoria|bern|geneva|zurich|damascus|aleppo|taipei|dushanbe|dodoma|dar es salaam|bangkok|lome|tunis|ankara
istanbul|ashgabat|kampala|kyiv|kiev|kharkiv|odesa|odessa|lviv|dnipro|zaporizhzhia|kherson|mariupol|bakhmut
avdiivka|donetsk|luhansk|sevastopol|abu dhabi|dubai|london|manchester|liverpool|birmingham|glasgow|edinburgh
cardiff|belfast|leeds|bristol|washington|washington d.c.|new york|new york city|los angeles|chicago|houston
philadelphia|phoenix|san francisco|seattle|boston|miami|atlanta|dallas|detroit|denver|las vegas|new orleans|baton rouge
montevideo|tashkent|caracas|hanoi|ho chi minh city|sanaa|aden|lusaka|harare|shanghai|shenzhen|guangzhou|wuhan
hong kong|mumbai|bangalore|bengaluru|kolkata|chennai|osaka|sydney|melbourne|brisbane|perth|auckland|toronto
montreal|vancouver|sao paulo|são paulo|rio de janeiro|munich|frankfurt|hamburg|cologne|milan|naples|venice
florence|lyon|marseille|nice|rotterdam|antwerp|st petersburg|st. petersburg|saint petersburg|gdansk|krakow|lodz|wroclaw|poznan
minneapolis|nashville|austin|san diego|baltimore|pittsburgh|cleveland|portland|sacramento|orlando|tampa
gaza city|rafah|khan younis|ramallah|haifa|mosul|basra|kandahar|herat|benghazi|marrakesh|casablanca|alexandria
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois
indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri
montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon
pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia
wisconsin|wyoming|bavaria|catalonia|quebec|ontario|alberta|british columbia|kent|yorkshire|cornwall|wall street
silicon valley|downing street|capitol hill|westminster|whitehall|brussels'|europe's
cambridge|oxford|newcastle|carlisle|sheffield|nottingham|leicester|coventry|southampton|portsmouth|plymouth
brighton|norwich|york|hull|aberdeen|dundee|inverness|swansea|exeter|sunderland|bournemouth|wolverhampton|derry|cork|worcester|hereford|genoa|cape of good hope
san antonio|indianapolis|jacksonville|fort worth|memphis|milwaukee|kansas city|st louis|st. louis|cincinnati
honolulu|salt lake city|oklahoma city|el paso|newark|bordeaux|toulouse|strasbourg|seville|porto|turin|stuttgart
leipzig|dortmund|basel|chengdu|chongqing|tianjin|kyoto|hyderabad|mecca|erbil|kirkuk|homs|idlib|mombasa|durban
calgary|edmonton|guadalajara|monterrey|medellín|medellin|palma|palma de mallorca|mallorca|majorca
new south wales|nsw|qld|victoria|queensland|south australia|western australia|tasmania|northern territory|australian capital territory
andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala
madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura
uttar pradesh|uttarakhand|west bengal|jammu and kashmir|ladakh|puducherry|manitoba|saskatchewan|nova scotia|new brunswick
newfoundland|newfoundland and labrador|prince edward island|northwest territories|nunavut|yukon
north west|north east|south west|south east|east midlands|west midlands|midlands|east anglia|yorkshire and the humber|yorkshire & humber|yorkshire and humber|east of england
north west england|north east england|south west england|south east england|south east asia|southeast asia
greater manchester|greater london|cumbria|lancashire|merseyside|cheshire|northumberland|county durham|derbyshire|staffordshire|shropshire|lincolnshire
norfolk|suffolk|essex|surrey|sussex|hampshire|dorset|devon|somerset|wiltshire|gloucestershire
oxfordshire|berkshire|buckinghamshire|hertfordshire|cambridgeshire|northamptonshire|leicestershire|nottinghamshire
warwickshire|worcestershire|herefordshire|gwynedd|conwy|powys|ceredigion|pembrokeshire|carmarthenshire|anglesey
denbighshire|flintshire|snowdonia|eryri|trondheim|bergen|stavanger|the norwegian sea|norwegian sea|melbourne park|flushing meadows|yorkshire dales|lake district|peak district|dartmoor|exmoor|brecon beacons
`

const orgList = `
nato|the north atlantic treaty organization|eu|the eu|european union|the european union|european commission
the european commission|european parliament|the european parliament|european council|the european council
european central bank|the european central bank|ecb|un|u.n.|united nations|the united nations|un security council
security council|the security council|unicef|unesco|unhcr|unrwa|undp|who|world health organization|the world health organization
imf|international monetary fund|the international monetary fund|world bank|the world bank|wto|world trade organization
oecd|opec|opec+|g7|g20|g-7|g-20|brics|asean|african union|the african union|arab league|the arab league|osce|iaea
icc|international criminal court|the international criminal court|icj|international court of justice|interpol
europol|frontex|red cross|the red cross|icrc|red crescent|amnesty international|human rights watch|greenpeace|friends of the earth|doctors without borders|save the children
oxfam|msf|doctors without borders|medecins sans frontieres|save the children|wwf|ipcc|fifa|uefa|ioc|nba|nfl|mlb|nhl
fed|the fed|federal reserve|the federal reserve|bank of england|the bank of england|bank of japan|the bank of japan
bundesbank|the bundesbank|pentagon|the pentagon|kremlin|the kremlin|white house|the white house|congress|senate
house of representatives|the house of representatives|house of commons|the house of commons|house of lords
the house of lords|bundestag|the bundestag|duma|the duma|knesset|the knesset|supreme court|the supreme court
fbi|cia|nsa|dhs|doj|justice department|the justice department|state department|the state department
treasury|the treasury|home office|the home office|foreign office|the foreign office|ministry of defence|mod
downing street|number 10|no 10|cdc|fda|epa|nasa|sec|ftc|irs|ons|nhs|the nhs|bbc|the bbc|cnn|reuters|ap
associated press|the associated press|afp|agence france-presse|bloomberg|al jazeera|the new york times
new york times|the washington post|washington post|the guardian|the times|financial times|the financial times
lancet|the lancet|bmj|the bmj|jama|the wall street journal|wall street journal|the economist|politico|axios|sky news|fox news|nbc|abc|cbs|npr|pbs
dpa|xinhua|tass|ria novosti|interfax|ukrinform|kyodo|yonhap|apple|google|alphabet|microsoft|amazon|meta|facebook
twitter|x corp|tesla|spacex|openai|nvidia|samsung|toyota|volkswagen|shell|bp|exxonmobil|chevron|gazprom|rosneft
aramco|saudi aramco|boeing|airbus|lockheed martin|rheinmetall|bae systems|raytheon|pfizer|moderna|astrazeneca
goldman sachs|jpmorgan|jp morgan|j.p. morgan|morgan stanley|hsbc|barclays|rabobank|easyjet|ryanair|swissport|deutsche bank|ubs|blackrock|walmart|alibaba
tencent|huawei|tiktok|bytedance|hamas|hezbollah|taliban|the taliban|isis|islamic state|al-qaeda|al qaeda|houthis
the houthis|wagner|wagner group|idf|the idf|israel defense forces|ukrainian armed forces|the ukrainian army
conservative party|the conservative party|labour party|the labour party|labour|tories|the tories|democrats
republicans|the democrats|the republicans|democratic party|the democratic party|republican party
the republican party|sinn fein|sinn féin|fine gael|fianna fáil|fianna fail|afd|spd|cdu|csu|fdp|snp|plaid cymru|lib dems|liberal democrats
conservatives|greens|social democrats|christian democrats|free democrats|nationalists
bundeswehr|the bundeswehr|amtrak|baker hughes|dáil|aontú|ofsted|ofcom|ofgem|ofwat|ofqual|defra|fca|the fca|ecowas|nasa's|esa|cern|moody's|fitch|s&p|standard & poor's|mcdonald's|sainsbury's|macy's|kellogg's|lloyd's|christie's|sotheby's|domino's|wendy's
bloc québécois|the bloc québécois|the coalition|lok sabha|the lok sabha|rajya sabha|the rajya sabha|crime stoppers|elections canada|statistics canada|stats nz|cas|companies house
arsenal|spurs|tottenham|tottenham hotspur|brentford|fulham|everton|aston villa|crystal palace|nottingham forest
west ham|west ham united|real madrid|atletico madrid|atlético madrid|bayern munich|bayern|borussia dortmund|juventus
la liga|laliga|inter milan|ac milan|paris saint-germain|psg|ajax|benfica|napoli|galatasaray|feyenoord|bayer leverkusen|rb leipzig
cal fire|calfire|acme|gmb|unison|usdaw|rmt|aslef|nasuwt|sky sports|bt sport|tnt sports|espn|british antarctic survey|network rail
yougov|ipsos|gallup|pew research center|the pew research center|savanta|opinium|survation|morning consult|quinnipiac|nielsen|times higher education|qs
public health england|public health scotland|health canada|sport england|uk sport|historic england|natural england|natural resources wales|transport for london|tfl|national highways|national grid|nhs england|ukhsa|the ukhsa|al-qaida|al-shabaab|isro|jaxa|roscosmos|cnsa|tesco|goffs|land rover|jaguar land rover|asda|lidl|aldi|morrisons|waitrose|ocado|kantar|byd|audi|bmw|nissan|skoda|hyundai|renault
`
