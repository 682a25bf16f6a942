//! Date lines of a page header (`samedi 25 mai 2024`, `Publié le 12/09/2023
//! à 10h30`, `Mis à jour le 12 septembre 2023`): a line that is a date and
//! nothing else. The first one near the top is kept as a candidate page date.

use super::rules::Rules;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

fn patterns(rules: &Rules) -> &'static (Regex, Regex) {
    static RE: OnceLock<(Regex, Regex)> = OnceLock::new();
    RE.get_or_init(|| {
        let mut months: Vec<&str> = rules.months.iter().map(|(n, _)| n.as_str()).collect();
        months.sort_by_key(|m| std::cmp::Reverse(m.len()));
        let mut weekdays: Vec<&str> = rules.weekdays.iter().map(String::as_str).collect();
        weekdays.sort_by_key(|m| std::cmp::Reverse(m.len()));
        // `Par Jean Dupont | 12 septembre 2023`: a byline dates its article too
        let prefix = r"(?:(?:par|by)\s+(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*[|,–—-]\s*)?(?:(?:publi[ée]e?|mis à jour|mise à jour|modifi[ée]e?|actualis[ée]e?|date|posted|paru|parution)\s*(?:le|:)?\s*)?(?:le\s+)?";
        let time = r"(?:\s*(?:à|-|–|,|\||/)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*(?:min|mn))?(?:\s*[-–|,]?\s*(?:mis à jour|modifi[ée]).*)?)?";
        let words = Regex::new(&format!(
            r"(?i)^{prefix}(?:(?:{wd})\.?,?\s+)?(?P<d>\d{{1,2}})(?:er|e)?\s+(?P<m>{mo})\.?,?\s+(?P<y>\d{{4}}){time}\s*$",
            wd = weekdays.join("|"),
            mo = months.join("|"),
        ))
        .expect("date line regex");
        let numeric = Regex::new(&format!(
            r"(?i)^{prefix}(?:(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}}|\d{{2}})|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})){time}\s*$"
        ))
        .expect("numeric date line regex");
        (words, numeric)
    })
}

/// The last two-digit year read as 20yy: `07/03/24` on a news page is
/// 2024. The window is the one office software uses (1930-2029): a page
/// that writes `98` or `45` is read as no year at all, not guessed into
/// either century (an online page of 1998, or a typo).
pub const TWO_DIGIT_YEAR_LAST: i32 = 29;

/// The year of a date's year digits: four digits as written, two digits
/// as 20yy up to [`TWO_DIGIT_YEAR_LAST`], else none.
pub fn full_year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(y),
        2 if y <= TWO_DIGIT_YEAR_LAST => Some(2000 + y),
        _ => None,
    }
}

/// The date of a line that is only a date, if it is one.
pub fn date_line(line: &str, rules: &Rules) -> Option<NaiveDate> {
    if line.len() > 100 {
        return None;
    }
    let (words, numeric) = patterns(rules);
    let line = line.trim();
    if let Some(c) = words.captures(line) {
        let month = rules.month(&c["m"])?;
        return NaiveDate::from_ymd_opt(c["y"].parse().ok()?, month, c["d"].parse().ok()?);
    }
    let c = numeric.captures(line)?;
    let get = |a: &str, b: &str| c.name(a).or_else(|| c.name(b)).map(|m| m.as_str());
    let year = full_year(get("y", "y2")?)?;
    NaiveDate::from_ymd_opt(
        year,
        get("m", "m2")?.parse().ok()?,
        get("d", "d2")?.parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        date_line(s, Rules::builtin()).map(|d| d.to_string())
    }

    #[test]
    fn header_date_lines_are_read() {
        assert_eq!(d("samedi 25 mai 2024").as_deref(), Some("2024-05-25"));
        assert_eq!(
            d("Publié le 12/09/2023 à 10h30").as_deref(),
            Some("2023-09-12")
        );
        assert_eq!(
            d("Mis à jour le 1er septembre 2023").as_deref(),
            Some("2023-09-01")
        );
        assert_eq!(d("Le 12 sept. 2023 à 08:15").as_deref(), Some("2023-09-12"));
        assert_eq!(d("2023-09-12").as_deref(), Some("2023-09-12"));
        assert_eq!(
            d("Publié le 12/09/23 à 07h30 – Mis à jour le 12/09/23 à 09h12").as_deref(),
            Some("2023-09-12")
        );
        assert_eq!(
            d("Publié le 12 septembre 2023 à 10h32, mis à jour à 11h05").as_deref(),
            Some("2023-09-12")
        );
        assert_eq!(
            d("Par Jean Dupont | 12 septembre 2023 à 10h32").as_deref(),
            Some("2023-09-12")
        );
        assert_eq!(
            d("Par Marie-Ève L'Hôte - Publié le 12/09/2023").as_deref(),
            Some("2023-09-12")
        );
    }

    #[test]
    fn sentences_with_dates_are_not_date_lines() {
        assert_eq!(d("Kim est arrivé le 12 septembre 2023."), None);
        assert_eq!(d("le 31 février 2023"), None);
        assert_eq!(d("25 mai"), None);
        assert_eq!(d("23.9 C"), None);
        assert_eq!(d("Par ailleurs, le 12 septembre 2023"), None);
    }
}
