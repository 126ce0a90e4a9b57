// Brands that sign a shop's mail under a closing ("Cordialement,\nDecathlon", "Abraços,\nNubank Ultravioleta")
// or are introduced like a person ("This is Microsoft Teams"): a name read there whose first word is one of these
// is the company or its product, not the writer. Modelled (consumer brands with support desks in the languages
// the rounds cover), not measured. Left out on purpose: brands that are given names or common surnames too
// (Zara, Mercedes, Otto, Kia, Thalia, Sephora, Ferrari, Ford, Bolt): under a closing they may be a person,
// and when unsure a name is redacted. A person signs given name first ("Anna Bosch"), so only the first word counts.
export const BRANDS = new Set(
  `Samsung Apple Microsoft Google Amazon Telekom Vodafone Decathlon Barilla Volvo IKEA Nubank Fortnox Netflix Spotify
  PayPal Klarna Zalando Lidl Aldi Rewe Edeka Tchibo Bosch Siemens Philips Sony Nike Adidas Puma Dell Lenovo Xiaomi Huawei
  Nokia Ericsson Telia Telenor Swisscom Fnac Carrefour Leclerc Auchan Renault Peugeot Citroën Fiat Lavazza Ryanair
  Lufthansa Iberia Vueling easyJet EasyJet KLM Coolblue Booking Airbnb Uber Deliveroo Glovo Wolt Revolut Monzo N26 Bunq
  Santander BBVA Itaú Bradesco Magalu Allegro Trendyol Hepsiburada Getir Shopee Tokopedia Gojek Rakuten Mercari Coupang
  Naver Kakao Alibaba Taobao Tencent Baidu Flipkart Paytm Swiggy Zomato Ozon Yandex Wildberries Avito eMAG Skroutz Tesco
  Asda Argos Currys Ocado Dyson Garmin Canon Nikon Epson Asus Acer Logitech Nintendo PlayStation Xbox Shopify Stripe
  Adobe Canva Slack Zoom Dropbox Notion Atlassian Zendesk Freshdesk Salesforce HubSpot Mailchimp Verizon Vattenfall
  Eneco Essent Ziggo KPN Proximus Telefónica Movistar Fastweb SFR Bouygues MediaMarkt Mediamarkt Conrad Hornbach
  Bauhaus Hema Primark Uniqlo Lego Playmobil Nespresso Miele Electrolux Gorenje Beko Arçelik Vestel Tefal Rowenta Braun
  Nivea Henkel Vorwerk Thermomix Kärcher Stihl Husqvarna Gardena Polestar Tesla Škoda Cupra Opel Audi BMW Porsche Toyota
  Honda Nissan Hyundai Mazda Subaru Suzuki Yamaha Ducati Vinted Etsy eBay Temu Shein AliExpress Marktplaats Blocket
  Leboncoin Wallapop Subito Deezer Sonos Bose Fitbit Withings Peloton Strava Doctolib Qonto Wise Bol`.split(/\s+/u),
);
