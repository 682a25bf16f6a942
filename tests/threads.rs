//! Output is byte-identical whatever the number of threads, and long
//! inputs without punctuation do not make the analysis quadratic.

use assert_cmd::Command;
use std::path::Path;

fn timeline(dir: &Path, threads: &str) -> Vec<u8> {
    let out = Command::cargo_bin("newsx")
        .unwrap()
        .args(["timeline", "--format", "json", "--threads", threads])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn seed_corpus_output_does_not_depend_on_threads() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    assert_eq!(timeline(&corpus, "1"), timeline(&corpus, "2"));
}

/// A corpus of ~600 documents in two folders (more than one chunk of the
/// streaming pipeline): the seed articles copied under many names, with
/// publication dates shifted in each folder's metadata.csv.
fn copies(root: &Path) {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut seeds: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    let base = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    for folder in 0..2 {
        let dir = root.join(format!("part{folder}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut meta = String::from("file,published,title,source,url\n");
        for n in 0..300 {
            let seed = &seeds[n % seeds.len()];
            let name = format!("c{folder}-{n:04}.txt");
            std::fs::copy(seed, dir.join(&name)).unwrap();
            let day = base + chrono::Duration::days(((n * 7 + folder * 3) % 400) as i64);
            meta.push_str(&format!("{name},{day},,,\n"));
        }
        std::fs::write(dir.join("metadata.csv"), meta).unwrap();
    }
}

#[test]
fn generated_corpus_output_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    copies(dir.path());
    let one = timeline(dir.path(), "1");
    assert_eq!(one, timeline(dir.path(), "2"));
    let report: newsx::model::Report = serde_json::from_slice(&one).unwrap();
    assert_eq!(report.documents.len(), 600);
}

#[test]
fn a_long_line_without_punctuation_completes() {
    // no timing assertion: only that it runs (2 MB keeps debug builds quick)
    let dir = tempfile::tempdir().unwrap();
    let words = [
        "Vladimir Poutine",
        "rencontre",
        "à",
        "Moscou",
        "le",
        "12",
        "septembre",
        "2023",
        "et",
        "Kim Jong-un",
        "arrivé",
        "hier",
    ];
    let mut text = String::with_capacity(2_100_000);
    let mut i = 0;
    while text.len() < 2_000_000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    std::fs::write(dir.path().join("long.txt"), &text).unwrap();
    let out = timeline(dir.path(), "2");
    let report: newsx::model::Report = serde_json::from_slice(&out).unwrap();
    assert_eq!(report.documents.len(), 1);
}
