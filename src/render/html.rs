//! A visual timeline as ONE self-contained HTML file.
//!
//! No network access is ever needed: CSS and the small filter script are
//! inlined, no fonts, images or scripts are fetched, and links to articles
//! are shown as text. Every piece of text from the articles goes through
//! [`esc`], so an article cannot inject markup. The page works without
//! JavaScript (events, bars, sources); the script only adds the person,
//! place and type filters and marks `<html data-rendered="ok">` so a
//! headless browser check can tell that it ran (see `scripts/check-html`).
//!
//! Layout: one row per event, in report order; each row has a line of text
//! (date, type, title) and a track where the event is drawn on the shared
//! time axis ([`Scale`]): long empty gaps are compressed and marked, a day is
//! a dot, an interval a bar, a coarse date (month, year...) a hatched bar as
//! wide as its interval. A row opens (`<details>`) to show its sources.

use super::labels;
use super::scale::{Scale, gap_label};
use crate::model::{DocStatus, EntityRef, Event, EventType, Modality, Precision, Report};
use std::collections::BTreeMap;
use std::fmt::Write;

const CSS: &str = include_str!("assets/timeline.css");
const JS: &str = include_str!("assets/timeline.js");

/// Escape text for HTML content and (double- or single-quoted) attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A token usable in a space-separated data attribute (ids are slugs, but
/// a user gazetteer may contain anything).
fn token(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

fn pct(x: f64) -> String {
    format!("{x:.3}%")
}

fn names(refs: &[EntityRef]) -> String {
    refs.iter()
        .map(|r| esc(&r.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Options of a `<select>`: entities referenced by events, by name.
fn options(report: &Report, pick: impl Fn(&Event) -> &[EntityRef]) -> String {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in &report.events {
        for r in pick(e) {
            *counts.entry((r.name.clone(), r.id.clone())).or_default() += 1;
        }
    }
    let mut s = String::new();
    for ((name, id), n) in counts {
        let _ = write!(
            s,
            "<option value=\"{}\">{} ({n})</option>",
            esc(&token(&id)),
            esc(&name)
        );
    }
    s
}

fn event_row(out: &mut String, e: &Event, scale: Option<&Scale>, breaks_html: &str) {
    let t = e.event_type.as_str();
    let people: Vec<String> = e.participants.iter().map(|r| token(&r.id)).collect();
    let places: Vec<String> = e.places.iter().map(|r| token(&r.id)).collect();
    let _ = write!(
        out,
        "<li class=\"ev t-{t}\" id=\"{}\" data-type=\"{t}\" data-people=\"{}\" data-places=\"{}\">\
         <details><summary><span class=\"line\">",
        esc(&e.id),
        esc(&people.join(" ")),
        esc(&places.join(" "))
    );
    match &e.date {
        Some(d) => {
            let _ = write!(
                out,
                "<time datetime=\"{}\">{}</time>",
                esc(&d.iso()),
                esc(&d.iso())
            );
        }
        None => out.push_str("<time>sans date</time>"),
    }
    let _ = write!(
        out,
        "<span class=\"chip\">{}</span><span class=\"title\">{}</span>",
        labels::event_type(e.event_type),
        esc(&e.title)
    );
    if let Some(d) = &e.date
        && d.precision != Precision::Day
    {
        let _ = write!(
            out,
            "<span class=\"badge\" title=\"précision de la date\">≈ {}</span>",
            labels::precision(d.precision)
        );
    }
    if e.status != Modality::Occurred {
        let _ = write!(
            out,
            "<span class=\"badge\">{}</span>",
            labels::status(e.status)
        );
    }
    let _ = write!(
        out,
        "<span class=\"nsrc\">{} source{}</span></span>",
        e.sources.len(),
        if e.sources.len() > 1 { "s" } else { "" }
    );
    if let (Some(scale), Some(d)) = (scale, &e.date) {
        let (x, w) = scale.place(d);
        let mut class = String::from("bar");
        if d.precision != Precision::Day {
            class.push_str(" approx");
        } else if d.start == d.end {
            class.push_str(" point");
        }
        if e.status != Modality::Occurred {
            class.push_str(" unsure");
        }
        let style = if class.contains("point") {
            format!("left:{}", pct(x + w / 2.0))
        } else {
            format!("left:{};width:{}", pct(x), pct(w))
        };
        let _ = write!(
            out,
            "<span class=\"track\" aria-hidden=\"true\">{breaks_html}<span class=\"{class}\" style=\"{style}\" title=\"{}\"></span></span>",
            esc(&d.iso())
        );
    }
    out.push_str("</summary><div class=\"body\"><p class=\"facts\">");
    let _ = write!(out, "<b>{}</b>", labels::status(e.status));
    if !e.participants.is_empty() {
        let _ = write!(out, " · qui : {}", names(&e.participants));
    }
    if !e.places.is_empty() {
        let _ = write!(out, " · où : {}", names(&e.places));
    }
    let _ = write!(
        out,
        " · {} article{} · confiance {:.2} · <span class=\"doc\">{}</span></p><ol class=\"sources\">",
        e.independent_sources,
        if e.independent_sources > 1 { "s" } else { "" },
        e.confidence,
        esc(&e.id)
    );
    for s in &e.sources {
        let _ = write!(out, "<li><cite class=\"doc\">{}</cite>", esc(&s.document));
        if let Some(x) = &s.date_expression {
            let _ = write!(out, "<span class=\"expr\">date : « {} »</span>", esc(x));
        }
        if let Some(a) = &s.attribution {
            let _ = write!(out, "<span class=\"expr\">selon {}</span>", esc(a));
        }
        if s.modality != Modality::Occurred {
            let _ = write!(
                out,
                "<span class=\"expr\">{}</span>",
                labels::status(s.modality)
            );
        }
        let _ = write!(out, "<blockquote>{}</blockquote></li>", esc(s.quote.trim()));
    }
    out.push_str("</ol>");
    for c in &e.conflicts {
        let _ = write!(
            out,
            "<p class=\"conflict\">Conflit : <span class=\"doc\">{}</span> date « {} » au {}, date retenue {}</p>",
            esc(&c.document),
            esc(&c.expression),
            esc(&c.rejected.iso()),
            esc(&c.kept.iso())
        );
    }
    out.push_str("</div></details></li>\n");
}

/// The whole page.
pub fn html(report: &Report) -> String {
    let dated: Vec<&Event> = report.events.iter().filter(|e| e.date.is_some()).collect();
    let undated: Vec<&Event> = report.events.iter().filter(|e| e.date.is_none()).collect();
    let intervals: Vec<_> = dated.iter().filter_map(|e| e.date).collect();
    let scale = Scale::new(&intervals);
    let ok_docs = report
        .documents
        .iter()
        .filter(|d| d.status == DocStatus::Ok)
        .count();
    let sources: usize = report.events.iter().map(|e| e.sources.len()).sum();

    let mut out = String::with_capacity(64 * 1024);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"fr\" class=\"nojs\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"{}\">\n<title>Chronologie — {} événements</title>",
        esc(&report.generator),
        report.events.len()
    );
    let _ = writeln!(out, "<style>\n{CSS}</style>\n</head>\n<body>\n<header>");
    out.push_str("<h1>Chronologie</h1>\n");
    let first = intervals.iter().min_by_key(|d| (d.start, d.end));
    let last = intervals
        .iter()
        .max_by_key(|d| (d.end, std::cmp::Reverse(d.start)));
    let range = match (first, last) {
        (Some(f), Some(l)) => format!(" · de {} à {}", esc(&f.iso()), esc(&l.iso())),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "<p class=\"meta\">{ok_docs} article{} · {} événement{} · {sources} sources{range}</p>\n</header>",
        if ok_docs > 1 { "s" } else { "" },
        report.events.len(),
        if report.events.len() > 1 { "s" } else { "" },
    );

    // filters (shown only when the script runs)
    let _ = writeln!(
        out,
        "<section class=\"controls js-only\" aria-label=\"Filtres\">\
         <label>Qui <select id=\"f-person\"><option value=\"\">tout le monde</option>{}</select></label>\
         <label>Où <select id=\"f-place\"><option value=\"\">partout</option>{}</select></label>\
         <button type=\"button\" id=\"f-open\" aria-pressed=\"false\">Tout ouvrir</button>\
         <output id=\"f-count\" aria-live=\"polite\"></output></section>",
        options(report, |e| &e.participants),
        options(report, |e| &e.places)
    );

    // legend: the types present, with a toggle each
    let mut by_type: BTreeMap<EventType, usize> = BTreeMap::new();
    for e in &report.events {
        *by_type.entry(e.event_type).or_default() += 1;
    }
    out.push_str("<section class=\"legend\" aria-label=\"Légende\"><ul>");
    for (t, n) in &by_type {
        let _ = write!(
            out,
            "<li class=\"t-{0}\"><label><input type=\"checkbox\" class=\"js-only\" data-type=\"{0}\" checked> <span class=\"sw\"></span> {1} ({n})</label></li>",
            t.as_str(),
            labels::event_type(*t)
        );
    }
    out.push_str(
        "<li><span class=\"sw approx\"></span> date approximative (semaine, mois, année…)</li>\
         <li><span class=\"sw gapmark\"></span> période sans événement, raccourcie</li>\
         <li><span class=\"sw dashed\"></span> prévu, hypothétique ou démenti</li></ul></section>\n<main>\n",
    );

    if let Some(scale) = &scale {
        let mut breaks_html = String::new();
        for b in &scale.breaks {
            let _ = write!(
                breaks_html,
                "<span class=\"gap\" style=\"left:{};width:{}\"></span>",
                pct(b.x0),
                pct(b.x1 - b.x0)
            );
        }
        out.push_str("<section class=\"chart\" aria-label=\"Frise chronologique\">\n<div class=\"axis\" aria-hidden=\"true\">");
        for t in scale.ticks() {
            let short = t.short.as_ref().map_or(String::new(), |s| {
                format!("<span class=\"short\">{}</span>", esc(s))
            });
            let _ = write!(
                out,
                "<span class=\"tick{}\" style=\"left:{};max-width:{}\"><span class=\"long\">{}</span>{short}</span>",
                if t.short.is_some() { "" } else { " minor" },
                pct(t.x),
                pct(t.room),
                esc(&t.label)
            );
        }
        for b in &scale.breaks {
            let _ = write!(
                out,
                "<span class=\"brk\" style=\"left:{};width:{}\" title=\"{} → {}\"><span>{}</span></span>",
                pct(b.x0),
                pct(b.x1 - b.x0),
                b.from,
                b.to,
                esc(&gap_label(b.from, b.to))
            );
        }
        out.push_str("</div>\n<ol class=\"events\">\n");
        for e in &dated {
            event_row(&mut out, e, Some(scale), &breaks_html);
        }
        out.push_str("</ol>\n</section>\n");
    }
    if !undated.is_empty() {
        out.push_str("<section class=\"undated\"><h2>Sans date</h2>\n<ol class=\"events\">\n");
        for e in &undated {
            event_row(&mut out, e, None, "");
        }
        out.push_str("</ol>\n</section>\n");
    }
    if report.events.is_empty() {
        out.push_str("<p>Aucun événement.</p>\n");
    }

    // the articles read, so every source id can be looked up
    // a title column only when some document has a title, url or problem
    let with_title = report
        .documents
        .iter()
        .any(|d| d.title.is_some() || d.url.is_some() || d.status == DocStatus::Skipped);
    let _ = writeln!(
        out,
        "<section class=\"docs\"><h2>Articles</h2><table><thead><tr><th>document</th>{}<th>publié</th><th class=\"opt\">fichier</th></tr></thead><tbody>",
        if with_title { "<th>titre</th>" } else { "" }
    );
    for d in &report.documents {
        let published = d
            .published
            .as_ref()
            .map_or(String::new(), |p| p.interval().iso());
        let title = match (&d.status, &d.title, &d.reason) {
            (DocStatus::Skipped, _, reason) => {
                format!("<i>ignoré : {}</i>", esc(reason.as_deref().unwrap_or("?")))
            }
            (_, Some(t), _) => esc(t),
            _ => String::new(),
        };
        let url = d.url.as_ref().map_or(String::new(), |u| {
            format!("<br><span class=\"doc\">{}</span>", esc(u))
        });
        let _ = writeln!(
            out,
            "<tr><td class=\"mono\">{}</td>{}<td>{}</td><td class=\"mono opt\">{}</td></tr>",
            esc(&d.id),
            if with_title {
                format!("<td>{title}{url}</td>")
            } else {
                String::new()
            },
            esc(&published),
            esc(&d.path)
        );
    }
    out.push_str("</tbody></table></section>\n</main>\n");
    let _ = writeln!(
        out,
        "<footer>Généré par {} à partir de {ok_docs} article{}. Chaque événement s'ouvre sur ses sources, citées telles qu'écrites dans les articles.</footer>",
        esc(&report.generator),
        if ok_docs > 1 { "s" } else { "" }
    );
    let _ = writeln!(out, "<script>\n{JS}</script>\n</body>\n</html>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateInterval, DocumentRecord, Source};

    fn evil_report() -> Report {
        let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&'";
        Report {
            schema_version: 1,
            generator: "newsx test".into(),
            documents: vec![DocumentRecord::skipped(
                evil.into(),
                evil.into(),
                evil.into(),
            )],
            entities: vec![],
            episodes: Vec::new(),
            hidden_undated: 0,
            copies: 0,
            events: vec![Event {
                mentioned_places: Vec::new(),
                attribution: Vec::new(),
                id: "ev-0001".into(),
                event_type: EventType::Visit,
                status: Modality::Planned,
                title: evil.into(),
                date: DateInterval::parse_iso("2023-09"),
                participants: vec![EntityRef::new("x\" onmouseover=\"alert(3)", evil)],
                places: vec![],
                sources: vec![Source {
                    document: evil.into(),
                    quote: evil.into(),
                    start: 0,
                    end: 1,
                    predicate: evil.into(),
                    date_expression: Some(evil.into()),
                    date_rule: None,
                    modality: Modality::Planned,
                    attribution: Some(evil.into()),
                }],
                independent_sources: 1,
                confidence: 0.5,
                conflicts: vec![],
                episode: None,
            }],
        }
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn article_text_cannot_inject_markup() {
        let page = html(&evil_report());
        assert!(!page.contains("<script>alert"), "script tag injected");
        assert!(!page.contains("<img"), "img tag injected");
        assert!(!page.contains("\" onmouseover=\""), "attribute injected");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        // exactly one script element: ours
        assert_eq!(page.matches("<script>").count(), 1);
    }

    #[test]
    fn coarse_dates_are_hatched_bars_and_days_are_points() {
        let page = html(&evil_report());
        assert!(
            page.contains("class=\"bar approx unsure\""),
            "month precision is hatched"
        );
        let mut r = evil_report();
        r.events[0].date = DateInterval::parse_iso("2023-09-12");
        r.events[0].status = Modality::Occurred;
        assert!(html(&r).contains("class=\"bar point\""));
    }

    #[test]
    fn is_deterministic_and_self_contained() {
        let r = evil_report();
        let page = html(&r);
        assert_eq!(page, html(&r));
        for bad in ["http://", "https://", "src=\"", "<link", "@import", "url("] {
            assert!(!page.contains(bad), "found {bad}");
        }
    }
}
