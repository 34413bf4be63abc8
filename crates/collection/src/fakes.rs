//! Value generators behind [`crate::dynamic`]: the `fake` crate where it has a matching
//! generator, small word lists and formatters where it does not. Outputs have the shape
//! Postman's faker-based values have (a `$randomDatePast` reads like a JavaScript `Date`
//! string, a `$randomPrice` like `"123.45"`).

use chrono::{DateTime, Duration, Utc};
use fake::Fake;
use fake::faker::{address, company, currency, filesystem, finance, internet, lorem, name};
use rand::Rng;
use rand::seq::SliceRandom;

fn pick<'a>(list: &[&'a str]) -> &'a str {
    list.choose(&mut rand::thread_rng()).copied().unwrap_or("")
}

fn num(lo: u64, hi: u64) -> u64 {
    rand::thread_rng().gen_range(lo..=hi)
}

fn digits(n: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..n)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect()
}

const LOCALES: &[&str] = &[
    "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es",
    "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it",
    "ja", "ka", "kk", "km", "kn", "ko", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "mt", "nb", "ne",
    "nl", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tr",
    "uk", "ur", "uz", "vi", "zh", "zu",
];

const DIRECTORIES: &[&str] = &[
    "/bin",
    "/boot",
    "/dev",
    "/etc",
    "/etc/mail",
    "/home",
    "/home/user",
    "/home/user/dir",
    "/lib",
    "/media",
    "/mnt",
    "/opt",
    "/opt/bin",
    "/opt/lib",
    "/private",
    "/private/tmp",
    "/root",
    "/sbin",
    "/srv",
    "/sys",
    "/tmp",
    "/usr",
    "/usr/bin",
    "/usr/lib",
    "/usr/local",
    "/usr/local/bin",
    "/usr/share",
    "/var",
    "/var/log",
    "/var/tmp",
    "/Users",
    "/Library",
    "/Applications",
    "/System",
];

const COLORS: &[&str] = &[
    "red",
    "green",
    "blue",
    "yellow",
    "orange",
    "purple",
    "pink",
    "brown",
    "black",
    "white",
    "gray",
    "silver",
    "gold",
    "teal",
    "navy",
    "maroon",
    "olive",
    "lime",
    "aqua",
    "fuchsia",
    "indigo",
    "violet",
    "magenta",
    "cyan",
    "turquoise",
    "salmon",
    "plum",
    "orchid",
    "tan",
    "ivory",
    "azure",
    "lavender",
    "mint green",
    "sky blue",
];

const DEPARTMENTS: &[&str] = &[
    "Books",
    "Movies",
    "Music",
    "Games",
    "Electronics",
    "Computers",
    "Home",
    "Garden",
    "Tools",
    "Grocery",
    "Health",
    "Beauty",
    "Toys",
    "Kids",
    "Baby",
    "Clothing",
    "Shoes",
    "Jewelry",
    "Sports",
    "Outdoors",
    "Automotive",
    "Industrial",
];

const PRODUCT_ADJECTIVES: &[&str] = &[
    "Small",
    "Ergonomic",
    "Rustic",
    "Intelligent",
    "Gorgeous",
    "Incredible",
    "Fantastic",
    "Practical",
    "Sleek",
    "Awesome",
    "Generic",
    "Handcrafted",
    "Handmade",
    "Licensed",
    "Refined",
    "Unbranded",
    "Tasty",
];

const PRODUCT_MATERIALS: &[&str] = &[
    "Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal", "Soft",
    "Fresh", "Frozen",
];

const PRODUCTS: &[&str] = &[
    "Chair", "Car", "Computer", "Keyboard", "Mouse", "Bike", "Ball", "Gloves", "Pants", "Shirt",
    "Table", "Shoes", "Hat", "Towels", "Soap", "Tuna", "Chicken", "Fish", "Cheese", "Bacon",
    "Pizza", "Salad", "Sausages", "Chips",
];

const DB_COLUMNS: &[&str] = &[
    "id",
    "title",
    "name",
    "email",
    "phone",
    "token",
    "group",
    "category",
    "password",
    "comment",
    "avatar",
    "status",
    "createdAt",
    "updatedAt",
];

const DB_TYPES: &[&str] = &[
    "int",
    "varchar",
    "text",
    "date",
    "datetime",
    "tinyint",
    "time",
    "timestamp",
    "smallint",
    "mediumint",
    "bigint",
    "decimal",
    "float",
    "double",
    "real",
    "bit",
    "boolean",
    "serial",
    "blob",
    "binary",
    "enum",
    "set",
    "geometry",
    "point",
];

const DB_COLLATIONS: &[&str] = &[
    "utf8_unicode_ci",
    "utf8_general_ci",
    "utf8_bin",
    "ascii_bin",
    "ascii_general_ci",
    "cp1250_bin",
    "cp1250_general_ci",
];

const DB_ENGINES: &[&str] = &["InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE"];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: &[&str] = &[
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

const ACCOUNT_TYPES: &[&str] = &[
    "Checking",
    "Savings",
    "Money Market",
    "Investment",
    "Home Loan",
    "Credit Card",
    "Auto Loan",
    "Personal Loan",
];

const TRANSACTION_TYPES: &[&str] = &["deposit", "withdrawal", "payment", "invoice"];

const ABBREVIATIONS: &[&str] = &[
    "ADP", "AGP", "AI", "API", "CSS", "EXE", "FTP", "GB", "HDD", "HTTP", "IB", "JBOD", "JSON",
    "PCI", "PNG", "RAM", "RSS", "SAS", "SCSI", "SDD", "SMS", "SMTP", "SQL", "SSL", "TCP", "THX",
    "USB", "XML", "XSS",
];

const HACKER_ADJECTIVES: &[&str] = &[
    "auxiliary",
    "primary",
    "back-end",
    "digital",
    "open-source",
    "virtual",
    "cross-platform",
    "redundant",
    "online",
    "haptic",
    "multi-byte",
    "bluetooth",
    "wireless",
    "1080p",
    "neural",
    "optical",
    "solid state",
    "mobile",
];

const HACKER_NOUNS: &[&str] = &[
    "driver",
    "protocol",
    "bandwidth",
    "panel",
    "microchip",
    "program",
    "port",
    "card",
    "array",
    "interface",
    "system",
    "sensor",
    "firewall",
    "hard drive",
    "pixel",
    "alarm",
    "feed",
    "monitor",
    "application",
    "transmitter",
    "bus",
    "circuit",
    "capacitor",
    "matrix",
];

const HACKER_VERBS: &[&str] = &[
    "back up",
    "bypass",
    "hack",
    "override",
    "compress",
    "copy",
    "navigate",
    "index",
    "connect",
    "generate",
    "quantify",
    "calculate",
    "synthesize",
    "input",
    "transmit",
    "program",
    "reboot",
    "parse",
];

const HACKER_INGVERBS: &[&str] = &[
    "backing up",
    "bypassing",
    "hacking",
    "overriding",
    "compressing",
    "copying",
    "navigating",
    "indexing",
    "connecting",
    "generating",
    "quantifying",
    "calculating",
    "synthesizing",
    "transmitting",
    "programming",
    "parsing",
];

const IMAGE_CATEGORIES: &[(&str, &str)] = &[
    ("$randomAbstractImage", "abstract"),
    ("$randomAnimalsImage", "animals"),
    ("$randomBusinessImage", "business"),
    ("$randomCatsImage", "cats"),
    ("$randomCityImage", "city"),
    ("$randomFoodImage", "food"),
    ("$randomNightlifeImage", "nightlife"),
    ("$randomFashionImage", "fashion"),
    ("$randomPeopleImage", "people"),
    ("$randomNatureImage", "nature"),
    ("$randomSportsImage", "sports"),
    ("$randomTransportImage", "transport"),
];

const NAME_PREFIXES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Miss", "Dr."];

const NAME_SUFFIXES: &[&str] = &[
    "Jr.", "Sr.", "I", "II", "III", "IV", "V", "MD", "DDS", "PhD", "DVM",
];

const JOB_DESCRIPTORS: &[&str] = &[
    "Lead",
    "Senior",
    "Direct",
    "Corporate",
    "Dynamic",
    "Future",
    "Product",
    "National",
    "Regional",
    "District",
    "Central",
    "Global",
    "Customer",
    "Investor",
    "International",
    "Legacy",
    "Forward",
    "Internal",
    "Human",
    "Chief",
    "Principal",
];

const JOB_AREAS: &[&str] = &[
    "Solutions",
    "Program",
    "Brand",
    "Security",
    "Research",
    "Marketing",
    "Directives",
    "Implementation",
    "Integration",
    "Functionality",
    "Response",
    "Paradigm",
    "Tactics",
    "Identity",
    "Markets",
    "Group",
    "Division",
    "Applications",
    "Optimization",
    "Operations",
    "Infrastructure",
    "Intranet",
    "Communications",
    "Web",
    "Branding",
    "Quality",
    "Assurance",
    "Mobility",
    "Accounts",
    "Data",
    "Creative",
    "Configuration",
    "Accountability",
    "Interactions",
    "Factors",
    "Usability",
    "Metrics",
];

const JOB_TYPES: &[&str] = &[
    "Supervisor",
    "Associate",
    "Executive",
    "Liaison",
    "Officer",
    "Manager",
    "Engineer",
    "Specialist",
    "Director",
    "Coordinator",
    "Administrator",
    "Architect",
    "Analyst",
    "Designer",
    "Planner",
    "Orchestrator",
    "Technician",
    "Developer",
    "Producer",
    "Consultant",
    "Assistant",
    "Facilitator",
    "Agent",
    "Representative",
    "Strategist",
];

const COMMON_FILE_TYPES: &[&str] = &["video", "audio", "image", "text", "application"];

const COMMON_FILE_EXTS: &[&str] = &[
    "pdf", "mpeg", "wav", "png", "jpeg", "gif", "mp4", "mp2", "webm", "html", "txt", "json", "csv",
    "xml", "zip",
];

const DOMAIN_SUFFIXES: &[&str] = &["com", "net", "org", "info", "biz", "name", "io", "dev"];

const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// JavaScript `Date#toString()` in UTC: `Tue Jun 13 2023 10:22:33 GMT+0000 (Coordinated
/// Universal Time)`.
fn js_date_string(d: DateTime<Utc>) -> String {
    format!(
        "{} GMT+0000 (Coordinated Universal Time)",
        d.format("%a %b %d %Y %H:%M:%S")
    )
}

fn date_offset(min_secs: i64, max_secs: i64, future: bool) -> String {
    let secs = rand::thread_rng().gen_range(min_secs..=max_secs);
    let now = Utc::now();
    let d = if future {
        now + Duration::seconds(secs)
    } else {
        now - Duration::seconds(secs)
    };
    js_date_string(d)
}

fn words(n: usize) -> String {
    let w: Vec<String> = lorem::en::Words(n..n + 1).fake();
    w.join(" ")
}

fn sentence() -> String {
    lorem::en::Sentence(3..10).fake()
}

fn sentences(lo: usize, hi: usize) -> String {
    let n = num(lo as u64, hi as u64) as usize;
    (0..n).map(|_| sentence()).collect::<Vec<_>>().join(" ")
}

fn paragraph() -> String {
    sentences(3, 6)
}

fn domain_word() -> String {
    let w: String = lorem::en::Word().fake();
    w.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

fn domain_name() -> String {
    format!("{}.{}", domain_word(), pick(DOMAIN_SUFFIXES))
}

fn file_name() -> String {
    let ext: String = filesystem::en::FileExtension().fake();
    format!("{}_{}.{}", domain_word(), domain_word(), ext)
}

fn alnum(n: usize) -> String {
    const CH: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    (0..n)
        .map(|_| char::from(CH[rng.gen_range(0..CH.len())]))
        .collect()
}

fn password() -> String {
    const CH: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    let mut rng = rand::thread_rng();
    (0..15)
        .map(|_| char::from(CH[rng.gen_range(0..CH.len())]))
        .collect()
}

fn phone() -> String {
    format!(
        "{}{}-{}{}-{}",
        num(2, 9),
        digits(2),
        num(2, 9),
        digits(2),
        digits(4)
    )
}

fn coordinate(limit: f64) -> String {
    let v = rand::thread_rng().gen_range(-limit..=limit);
    format!("{v:.4}")
}

fn bitcoin_address() -> String {
    let mut rng = rand::thread_rng();
    let len = rng.gen_range(25..=33);
    let mut s = String::from(if rng.gen_bool(0.5) { "1" } else { "3" });
    for _ in 0..len {
        s.push(char::from(BASE58[rng.gen_range(0..BASE58.len())]));
    }
    s
}

/// A GB IBAN with a correct ISO 7064 mod-97 check.
fn iban() -> String {
    let mut rng = rand::thread_rng();
    let bank: String = (0..4)
        .map(|_| char::from(b'A' + rng.gen_range(0..26u8)))
        .collect();
    let account = digits(14);
    let bban = format!("{bank}{account}");
    let rearranged = format!("{bban}GB00");
    let mut rem: u32 = 0;
    for c in rearranged.chars() {
        let chunk: u32 = c.to_digit(36).unwrap_or_default();
        if chunk >= 10 {
            rem = (rem * 100 + chunk) % 97;
        } else {
            rem = (rem * 10 + chunk) % 97;
        }
    }
    let check = 98 - rem;
    format!("GB{check:02}{bban}")
}

fn image_data_uri() -> String {
    let color = format!("#{:06x}", num(0, 0xff_ffff));
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" baseProfile=\"full\" width=\"640\" height=\"480\"><rect width=\"100%\" height=\"100%\" fill=\"{color}\"/><text x=\"320\" y=\"240\" font-size=\"20\" alignment-baseline=\"middle\" text-anchor=\"middle\" fill=\"white\">640x480</text></svg>"
    );
    let encoded: String = svg
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("data:image/svg+xml;charset=UTF-8,{encoded}")
}

pub(crate) fn generate(name: &str) -> Option<String> {
    if let Some((_, cat)) = IMAGE_CATEGORIES.iter().find(|(n, _)| *n == name) {
        return Some(format!("http://placeimg.com/640/480/{cat}"));
    }
    let v: String = match name {
        "$guid" | "$randomUUID" => uuid::Uuid::new_v4().to_string(),
        // Math.round(Date.now() / 1000)
        "$timestamp" => ((Utc::now().timestamp_millis() + 500) / 1000).to_string(),
        "$isoTimestamp" => Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
        "$randomInt" => num(0, 1000).to_string(),
        "$randomPhoneNumber" => phone(),
        "$randomPhoneNumberExt" => format!("{}-{}", num(1, 99), phone()),
        "$randomLocale" => pick(LOCALES).to_string(),
        "$randomWords" => words(num(2, 5) as usize),
        "$randomFilePath" => format!("{}/{}", pick(DIRECTORIES), file_name()),
        "$randomDirectoryPath" => pick(DIRECTORIES).to_string(),
        "$randomCity" => address::en::CityName().fake(),
        "$randomStreetName" => address::en::StreetName().fake(),
        "$randomStreetAddress" => {
            let street: String = address::en::StreetName().fake();
            format!("{} {}", num(1, 99999), street)
        }
        "$randomCountry" => address::en::CountryName().fake(),
        "$randomCountryCode" => address::en::CountryCode().fake(),
        "$randomLatitude" => coordinate(90.0),
        "$randomLongitude" => coordinate(180.0),
        "$randomColor" => pick(COLORS).to_string(),
        "$randomDepartment" => pick(DEPARTMENTS).to_string(),
        "$randomProductName" => format!(
            "{} {} {}",
            pick(PRODUCT_ADJECTIVES),
            pick(PRODUCT_MATERIALS),
            pick(PRODUCTS)
        ),
        "$randomProductAdjective" => pick(PRODUCT_ADJECTIVES).to_string(),
        "$randomProductMaterial" => pick(PRODUCT_MATERIALS).to_string(),
        "$randomProduct" => pick(PRODUCTS).to_string(),
        "$randomCompanyName" => company::en::CompanyName().fake(),
        "$randomCompanySuffix" => company::en::CompanySuffix().fake(),
        "$randomCatchPhrase" => company::en::CatchPhrase().fake(),
        "$randomBs" => company::en::Bs().fake(),
        "$randomCatchPhraseAdjective" => company::en::Buzzword().fake(),
        "$randomCatchPhraseDescriptor" => company::en::BuzzwordMiddle().fake(),
        "$randomCatchPhraseNoun" => company::en::BuzzwordTail().fake(),
        "$randomBsAdjective" => company::en::BsAdj().fake(),
        "$randomBsBuzz" => company::en::BsVerb().fake(),
        "$randomBsNoun" => company::en::BsNoun().fake(),
        "$randomDatabaseColumn" => pick(DB_COLUMNS).to_string(),
        "$randomDatabaseType" => pick(DB_TYPES).to_string(),
        "$randomDatabaseCollation" => pick(DB_COLLATIONS).to_string(),
        "$randomDatabaseEngine" => pick(DB_ENGINES).to_string(),
        "$randomDatePast" => date_offset(1, 365 * 86_400, false),
        "$randomDateFuture" => date_offset(1, 365 * 86_400, true),
        "$randomDateRecent" => date_offset(1, 86_400, false),
        "$randomMonth" => pick(MONTHS).to_string(),
        "$randomWeekday" => pick(WEEKDAYS).to_string(),
        "$randomBankAccount" => digits(8),
        "$randomBankAccountName" => format!("{} Account", pick(ACCOUNT_TYPES)),
        "$randomCreditCardMask" => format!("(...{})", digits(4)),
        "$randomPrice" => format!("{}.{:02}", num(0, 999), num(0, 99)),
        "$randomTransactionType" => pick(TRANSACTION_TYPES).to_string(),
        "$randomCurrencyCode" => currency::en::CurrencyCode().fake(),
        "$randomCurrencyName" => currency::en::CurrencyName().fake(),
        "$randomCurrencySymbol" => currency::en::CurrencySymbol().fake(),
        "$randomBitcoin" => bitcoin_address(),
        "$randomBankAccountIban" => iban(),
        "$randomBankAccountBic" => finance::en::Bic().fake(),
        "$randomAbbreviation" => pick(ABBREVIATIONS).to_string(),
        "$randomAdjective" => pick(HACKER_ADJECTIVES).to_string(),
        "$randomNoun" => pick(HACKER_NOUNS).to_string(),
        "$randomVerb" => pick(HACKER_VERBS).to_string(),
        "$randomIngverb" => pick(HACKER_INGVERBS).to_string(),
        "$randomPhrase" => format!(
            "Try {} the {} {}, maybe it will {} the {} {}!",
            pick(HACKER_INGVERBS),
            pick(ABBREVIATIONS),
            pick(HACKER_NOUNS),
            pick(HACKER_VERBS),
            pick(HACKER_ADJECTIVES),
            pick(HACKER_NOUNS)
        ),
        "$randomAvatarImage" => format!(
            "https://cloudflare-ipfs.com/ipfs/Qmd3W5DuhgHirLHGVixi6V76LhCkZUz6pnFt5AJBiyvHye/avatar/{}.jpg",
            num(1, 1249)
        ),
        "$randomImageUrl" => "http://placeimg.com/640/480".to_string(),
        "$randomImageDataUri" => image_data_uri(),
        "$randomEmail" => internet::en::FreeEmail().fake(),
        "$randomExampleEmail" => {
            let user: String = internet::en::Username().fake();
            format!("{user}@example.{}", pick(&["com", "net", "org"]))
        }
        "$randomUserName" => internet::en::Username().fake(),
        "$randomProtocol" => pick(&["http", "https"]).to_string(),
        "$randomUrl" => format!("{}://{}", pick(&["http", "https"]), domain_name()),
        "$randomDomainName" => domain_name(),
        "$randomDomainSuffix" => pick(DOMAIN_SUFFIXES).to_string(),
        "$randomDomainWord" => domain_word(),
        "$randomIP" => internet::en::IPv4().fake(),
        "$randomIPV6" => internet::en::IPv6().fake(),
        "$randomUserAgent" => internet::en::UserAgent().fake(),
        "$randomHexColor" => format!("#{:06x}", num(0, 0xff_ffff)),
        "$randomMACAddress" => {
            let mac: String = internet::en::MACAddress().fake();
            mac.to_lowercase()
        }
        "$randomPassword" => password(),
        "$randomLoremWord" | "$randomWord" => lorem::en::Word().fake(),
        "$randomLoremWords" => words(3),
        "$randomLoremSentence" => sentence(),
        "$randomLoremSlug" => {
            let w: Vec<String> = lorem::en::Words(3..4).fake();
            w.join("-")
        }
        "$randomLoremSentences" => sentences(2, 6),
        "$randomLoremParagraph" => paragraph(),
        "$randomLoremParagraphs" => (0..3)
            .map(|_| paragraph())
            .collect::<Vec<_>>()
            .join("\n \r"),
        "$randomLoremText" => match num(0, 2) {
            0 => sentence(),
            1 => paragraph(),
            _ => sentences(2, 6),
        },
        "$randomLoremLines" => (0..num(1, 5))
            .map(|_| sentence())
            .collect::<Vec<_>>()
            .join("\n"),
        "$randomFirstName" => name::en::FirstName().fake(),
        "$randomLastName" => name::en::LastName().fake(),
        "$randomFullName" => name::en::Name().fake(),
        "$randomJobTitle" => format!(
            "{} {} {}",
            pick(JOB_DESCRIPTORS),
            pick(JOB_AREAS),
            pick(JOB_TYPES)
        ),
        "$randomNamePrefix" => pick(NAME_PREFIXES).to_string(),
        "$randomNameSuffix" => pick(NAME_SUFFIXES).to_string(),
        "$randomJobDescriptor" => pick(JOB_DESCRIPTORS).to_string(),
        "$randomJobArea" => pick(JOB_AREAS).to_string(),
        "$randomJobType" => pick(JOB_TYPES).to_string(),
        "$randomBoolean" => rand::thread_rng().gen_bool(0.5).to_string(),
        "$randomAlphaNumeric" => alnum(1),
        "$randomFileName" => file_name(),
        "$randomCommonFileName" => format!("{}.{}", domain_word(), pick(COMMON_FILE_EXTS)),
        "$randomMimeType" => filesystem::en::MimeType().fake(),
        "$randomCommonFileType" => pick(COMMON_FILE_TYPES).to_string(),
        "$randomCommonFileExt" => pick(COMMON_FILE_EXTS).to_string(),
        "$randomFileType" => {
            let mime: String = filesystem::en::MimeType().fake();
            mime.split('/').next().unwrap_or("application").to_string()
        }
        "$randomFileExt" => filesystem::en::FileExtension().fake(),
        "$randomSemver" => format!("{}.{}.{}", num(0, 9), num(0, 9), num(0, 9)),
        _ => return None,
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_generates_a_value() {
        for name in crate::dynamic::NAMES {
            let v = generate(name);
            assert!(v.is_some(), "{name} has no generator");
            if *name != "$randomAlphaNumeric" {
                assert!(!v.unwrap_or_default().is_empty(), "{name} is empty");
            }
        }
        assert_eq!(crate::dynamic::NAMES.len(), 118);
        assert!(generate("$nope").is_none());
    }

    #[test]
    fn shapes() {
        let iban = generate("$randomBankAccountIban").unwrap_or_default();
        assert!(iban.starts_with("GB") && iban.len() == 22, "{iban}");
        // mod-97 check of a valid IBAN is 1
        let re = format!("{}{}", &iban[4..], &iban[..4]);
        let mut rem = 0u32;
        for c in re.chars() {
            let d = c.to_digit(36).unwrap_or(0);
            rem = if d >= 10 {
                (rem * 100 + d) % 97
            } else {
                (rem * 10 + d) % 97
            };
        }
        assert_eq!(rem, 1, "{iban}");
        let n: u32 = generate("$randomInt")
            .unwrap_or_default()
            .parse()
            .unwrap_or(9999);
        assert!(n <= 1000);
        let d = generate("$randomDatePast").unwrap_or_default();
        assert!(d.ends_with("GMT+0000 (Coordinated Universal Time)"), "{d}");
        let t = generate("$isoTimestamp").unwrap_or_default();
        assert!(chrono::DateTime::parse_from_rfc3339(&t).is_ok(), "{t}");
        let p = generate("$randomPrice").unwrap_or_default();
        assert!(
            p.contains('.') && p.split('.').nth(1).map(str::len) == Some(2),
            "{p}"
        );
    }
}
