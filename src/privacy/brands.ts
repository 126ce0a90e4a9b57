// Brands that sign a shop's mail under a closing ("Cordialement,\nDecathlon", "Abraços,\nNubank Ultravioleta")
// or are introduced like a person ("This is Microsoft Teams"): a name read there whose first word is one of these
// is the company or its product, not the writer. Modelled (consumer brands with support desks in the languages
// the rounds cover), not measured. Left out on purpose: brands that are given names or common surnames too
// (Zara, Mercedes, Otto, Kia, Thalia, Sephora, Ferrari, Ford, Bolt; and, rev-red18, Suzuki, Honda, Toyota,
// Yamaha, Nissan, Braun, Bosch, Siemens, Dell, Wise, Hema, Conrad, Bose, Dyson, Porsche, Miele, Henkel, Renault,
// Peugeot, Leclerc, Santander, Lavazza, Ducati, Opel, Stihl, Kärcher, Hornbach, Škoda, Ericsson, Bouygues,
// Vorwerk, Sony, Tesla): under a closing they may be a person, and the surname comes first in Japanese and in
// forms and lists ("Suzuki Haruto", "Braun Klaus"), so when unsure a name is redacted. Only the first word
// counts, and a name after a brand's possessive is a person ("Microsoft Teams' Anna Berg": isBrandName).
export const BRANDS = new Set(
  `Samsung Apple Microsoft Google Amazon Telekom Vodafone Decathlon Barilla Volvo IKEA Nubank Fortnox Netflix Spotify
  PayPal Klarna Zalando Lidl Aldi Rewe Edeka Tchibo Philips Nike Adidas Puma Lenovo Xiaomi Huawei Nokia Telia
  Telenor Swisscom Fnac Carrefour Auchan Citroën Fiat Ryanair Lufthansa Iberia Vueling easyJet EasyJet KLM Coolblue
  Booking Airbnb Uber Deliveroo Glovo Wolt Revolut Monzo N26 Bunq BBVA Itaú Bradesco Magalu Allegro Trendyol
  Hepsiburada Getir Shopee Tokopedia Gojek Rakuten Mercari Coupang Naver Kakao Alibaba Taobao Tencent Baidu Flipkart
  Paytm Swiggy Zomato Ozon Yandex Wildberries Avito eMAG Skroutz Tesco Asda Argos Currys Ocado Garmin Canon Nikon
  Epson Asus Acer Logitech Nintendo PlayStation Xbox Shopify Stripe Adobe Canva Slack Zoom Dropbox Notion Atlassian
  Zendesk Freshdesk Salesforce HubSpot Mailchimp Verizon Vattenfall Eneco Essent Ziggo KPN Proximus Telefónica
  Movistar Fastweb SFR MediaMarkt Mediamarkt Bauhaus Primark Uniqlo Lego Playmobil Nespresso Electrolux Gorenje Beko
  Arçelik Vestel Tefal Rowenta Nivea Thermomix Husqvarna Gardena Polestar Cupra Audi BMW Hyundai Mazda Subaru Vinted
  Etsy eBay Temu Shein AliExpress Marktplaats Blocket Leboncoin Wallapop Subito Deezer Sonos Fitbit Withings Peloton
  Strava Doctolib Qonto Bol`.split(/\s+/u),
);

// "Microsoft Teams' Anna Berg", "Spotify's Maria Lopez": a possessive after the brand names the person it goes with.
const POSSESSIVE = /(?:['’]s?)$/u;

/** Whether a name read under a closing or after an introduction is a brand or its product, not a person. */
export const isBrandName = (words: string[]) => BRANDS.has(words[0]!) && !words.some((word) => POSSESSIVE.test(word));
