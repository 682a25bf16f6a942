//! French number words from 0 to 99 (`dix-huit`, `vingt et un`,
//! `quatre-vingt-douze`), built from the units and tens of the lexicon.

use super::lexicon::{alternation, fold, lexicon};
use std::collections::HashMap;
use std::sync::LazyLock;

struct Words {
    /// folded word, with `-` between parts → value
    values: HashMap<String, i64>,
    pattern: String,
}

fn key(s: &str) -> String {
    fold(s)
        .split([' ', '-'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let n = &lexicon().numbers;
    let mut list: Vec<(String, i64)> = Vec::new();
    let unit = |i: usize| n.units.get(i).cloned().unwrap_or_default();
    for (i, u) in n.units.iter().enumerate() {
        list.push((u.clone(), i as i64));
    }
    for u in 7..=9 {
        list.push((format!("{}-{}", unit(10), unit(u)), 10 + u as i64));
    }
    for (t, v) in &n.tens {
        list.push((t.clone(), *v));
        list.push((format!("{t} et {}", unit(1)), v + 1));
        for u in 2..=9 {
            list.push((format!("{t}-{}", unit(u)), v + u as i64));
        }
    }
    // 70..79: soixante-dix, soixante et onze, soixante-douze ...
    let sixty = n
        .tens
        .iter()
        .find(|(_, v)| *v == 60)
        .map(|(t, _)| t.clone());
    let four = unit(4);
    let twenty = n
        .tens
        .iter()
        .find(|(_, v)| *v == 20)
        .map(|(t, _)| t.clone());
    if let Some(s) = &sixty {
        list.push((format!("{s}-{}", unit(10)), 70));
        list.push((format!("{s} et {}", unit(11)), 71));
        for u in 12..=16 {
            list.push((format!("{s}-{}", unit(u)), 60 + u as i64));
        }
        for u in 7..=9 {
            list.push((format!("{s}-{}-{}", unit(10), unit(u)), 70 + u as i64));
        }
    }
    if let Some(t) = &twenty {
        let qv = format!("{four}-{t}");
        list.push((format!("{qv}s"), 80));
        list.push((qv.clone(), 80));
        for u in 1..=16 {
            list.push((format!("{qv}-{}", unit(u)), 80 + u as i64));
        }
        for u in 7..=9 {
            list.push((format!("{qv}-{}-{}", unit(10), unit(u)), 90 + u as i64));
        }
    }
    for (w, v) in &n.extra {
        list.push((w.clone(), *v));
    }
    let pattern = alternation(list.iter().map(|(w, _)| w.as_str()));
    let values = list.into_iter().map(|(w, v)| (key(&w), v)).collect();
    Words { values, pattern }
});

/// A regex fragment matching any number word (longest first).
pub fn pattern() -> &'static str {
    &WORDS.pattern
}

/// The value of a number written in digits or words.
pub fn parse(s: &str) -> Option<i64> {
    let t = s.trim();
    if !t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    WORDS.values.get(&key(t)).copied()
}

/// A day of month: `1er`, `1re`, `premier`, `13e`, `2`, `dix-huit`.
pub fn parse_day(s: &str) -> Option<u32> {
    let t = fold(s.trim());
    // `1 er` (a space before the suffix, as Duckling reads it)
    let t = if t.starts_with(|c: char| c.is_ascii_digit()) {
        t.replace(' ', "")
    } else {
        t
    };
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    let v = if digits.is_empty() {
        parse(&t)?
    } else {
        let rest = &t[digits.len()..];
        if !matches!(rest, "" | "er" | "re" | "e" | "eme" | "ème") {
            return None;
        }
        digits.parse().ok()?
    };
    (1..=31).contains(&v).then_some(v as u32)
}

/// A regex fragment matching a year written in words, from 1000 to 2999:
/// `mille`/`mil` or `deux mille`, then hundreds (`neuf cent`, `cent`), then
/// a number word under a hundred (`deux mille vingt-quatre`, `mil neuf
/// cent quatre-vingt-dix-neuf`, and with the hyphens of the 1990 spelling
/// `deux-mille-vingt-et-un`). Read back by [`parse_year`].
pub fn year_pattern() -> &'static str {
    static YEAR: LazyLock<String> = LazyLock::new(|| {
        let n = &lexicon().numbers;
        let unit = |i: usize| n.units.get(i).cloned().unwrap_or_default();
        let hundreds = alternation(
            (2..=9)
                .map(unit)
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        );
        format!(
            r"(?:{two}[\s-]+)?(?:mille|mil)(?:[\s-]+(?:{hundreds}[\s-]+)?cents?)?(?:[\s-]+{words})?",
            two = super::lexicon::fuzzy(&unit(2)),
            words = pattern(),
        )
    });
    &YEAR
}

/// The year of a [`year_pattern`] match: `deux mille vingt-quatre` 2024,
/// `mil neuf cent quatre-vingt-dix-neuf` 1999, `en l'an deux mille` 2000.
/// None when the words do not make one number (`mille cent cent`).
pub fn parse_year(s: &str) -> Option<i32> {
    let k = key(s);
    let parts: Vec<&str> = k.split('-').collect();
    let at = parts.iter().position(|p| *p == "mille" || *p == "mil")?;
    let thousands = match &parts[..at] {
        [] => 1,
        [w] => parse(w).filter(|v| (2..=9).contains(v))?,
        _ => return None,
    };
    let mut rest = &parts[at + 1..];
    let mut hundreds = 0;
    if let Some(c) = rest.iter().position(|p| *p == "cent" || *p == "cents") {
        hundreds = match &rest[..c] {
            [] => 1,
            [w] => parse(w).filter(|v| (2..=9).contains(v))?,
            _ => return None,
        };
        // `cents` only ends a number (`deux cents`, not `deux cents deux`)
        if rest[c] == "cents" && (hundreds == 1 || c + 1 < rest.len()) {
            return None;
        }
        rest = &rest[c + 1..];
    }
    let joined = rest.join("-");
    // the extra spellings (`premier`, `quelques`, `cent`) end no year
    if lexicon()
        .numbers
        .extra
        .iter()
        .any(|(w, _)| key(w) == joined)
    {
        return None;
    }
    let units = if rest.is_empty() {
        0
    } else {
        WORDS.values.get(&joined).copied()?
    };
    if !(0..=99).contains(&units) {
        return None;
    }
    i32::try_from(thousands * 1000 + hundreds * 100 + units).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn number_words_parse() {
        assert_eq!(parse("dix-huit"), Some(18));
        assert_eq!(parse("Dix huit"), Some(18));
        assert_eq!(parse("vingt et un"), Some(21));
        assert_eq!(parse("vingt-et-un"), Some(21));
        assert_eq!(parse("trente-deux"), Some(32));
        assert_eq!(parse("soixante-dix-sept"), Some(77));
        assert_eq!(parse("quatre-vingt-douze"), Some(92));
        assert_eq!(parse("quatre-vingts"), Some(80));
        assert_eq!(parse("deux"), Some(2));
        assert_eq!(parse("18"), Some(18));
        assert_eq!(parse("dix-huitième"), None);
        assert_eq!(parse("maison"), None);
    }

    #[test]
    fn days_parse() {
        assert_eq!(parse_day("1er"), Some(1));
        assert_eq!(parse_day("premier"), Some(1));
        assert_eq!(parse_day("13e"), Some(13));
        assert_eq!(parse_day("dix"), Some(10));
        assert_eq!(parse_day("32"), None);
        assert_eq!(parse_day("0"), None);
        assert_eq!(parse_day("5km"), None);
    }

    #[test]
    fn pattern_prefers_the_longest_word() {
        let re = Regex::new(&format!("(?i){}", pattern())).unwrap();
        assert_eq!(
            re.find("il y a dix-huit mois").unwrap().as_str(),
            "dix-huit"
        );
    }
}
