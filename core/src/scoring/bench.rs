//! A corpus of varied goals in the four languages, for the benchmark natively and in the browser.
//!
//! Built from templates with a small deterministic generator: the same `n` always gives the same goals.

const TEMPLATES: &[&str] = &[
    "Reach {n} followers on {p} by {d_en}",
    "Increase sales from our {p} ads by {pct}% in Q{q} to grow revenue",
    "Publish {w_en} posts a week on {p} to get more followers",
    "Get {n} newsletter sign-ups among students before the summer",
    "Answer all {p} messages within 2 hours",
    "Grow our folowers on {p} so we can sell more tickets",
    "Øke antall følgere på {p} med {pct} % innen utgangen av {y}",
    "Få {n} nye nyhetsbrevabonnenter innen {d_nb} for å selge mer",
    "Legge ut {w_nb} innlegg i uka på {p}",
    "Doble antall henvendelser fra bedrifter i løpet av våren",
    "Selge {n} billetter via {p} før sesongstart",
    "Vi vill nå {n} följare på {p} innan jul så att fler handlar i webbshopen",
    "Öka försäljningen från {p} med {pct} procent under {y}",
    "Lägga upp {w_sv} filmer i månaden på {p}",
    "Fler förfrågningar via {p} bland småföretagare",
    "Dubbla antalet bokningar före årsskiftet genom att synas mer på {p}",
    "Få {n} tilmeldinger til vores webinar inden {d_da}",
    "Fordoble antallet af delinger på {p} i løbet af efteråret",
    "Øge omsætningen fra {p} med {pct} % i {y} for at få flere kunder",
    "Samarbejde med influencere på {p} for at få flere følgere",
    "NPS på mindst {pct} blandt kunder, der har kontaktet os på {p}",
    "Mer engasjement på {p}",
];

const PLATFORMS: &[&str] = &[
    "Instagram",
    "TikTok",
    "Facebook",
    "LinkedIn",
    "YouTube",
    "Snapchat",
];
const DATES_EN: &[&str] = &[
    "1 June 2027",
    "30 September",
    "the end of Q3",
    "end of 2027",
];
const DATES_NB: &[&str] = &["1. juni 2027", "31. desember", "jul", "sommeren"];
const DATES_DA: &[&str] = &["1. juli 2027", "udgangen af Q2", "skolestart", "jul"];
const WORDS_EN: &[&str] = &["two", "three", "4", "5"];
const WORDS_NB: &[&str] = &["to", "tre", "fire", "5"];
const WORDS_SV: &[&str] = &["två", "tre", "fyra", "6"];

/// `n` goal statements in English, Norwegian, Swedish and Danish.
pub fn sample_goals(n: usize) -> Vec<String> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    (0..n)
        .map(|i| {
            let template = TEMPLATES[i % TEMPLATES.len()];
            let number = (1 + next(50)) * 100;
            let mut goal = template
                .replace("{p}", PLATFORMS[next(PLATFORMS.len())])
                .replace("{n}", &number.to_string())
                .replace("{pct}", &(10 + next(60)).to_string())
                .replace("{q}", &(1 + next(4)).to_string())
                .replace("{y}", &(2026 + next(3)).to_string())
                .replace("{d_en}", DATES_EN[next(DATES_EN.len())])
                .replace("{d_nb}", DATES_NB[next(DATES_NB.len())])
                .replace("{d_da}", DATES_DA[next(DATES_DA.len())])
                .replace("{w_en}", WORDS_EN[next(WORDS_EN.len())])
                .replace("{w_nb}", WORDS_NB[next(WORDS_NB.len())])
                .replace("{w_sv}", WORDS_SV[next(WORDS_SV.len())]);
            if next(4) == 0 {
                goal = goal.to_lowercase();
            }
            goal
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_is_varied_and_the_same_every_time() {
        let a = sample_goals(200);
        assert_eq!(a, sample_goals(200));
        let mut distinct = a.clone();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() > 150);
    }
}
