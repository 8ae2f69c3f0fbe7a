//! Numbers and dates read the way the person meant them: baseline, target and deadline from a goal's
//! words, with "today" fixed at 23 November 2026. Fifteen or more sentences per language, written for
//! this test; each covers a case people type (separators, decimal commas, "2k", money, targets that
//! look like years, years beside baselines, relative deadlines, quarters and year ends).

use goal_ladder_core::scoring::read_figures;
use goal_ladder_core::Date;

type Case = (&'static str, Option<f64>, Option<f64>, Option<&'static str>);

const EN: &[Case] = &[
    (
        "seventy-five new Trustpilot reviews by 31 March",
        None,
        Some(75.0),
        Some("2027-03-31"),
    ),
    (
        "reach half a million people on Facebook in July",
        None,
        Some(500_000.0),
        Some("2027-07-31"),
    ),
    // "now" belongs to the number beside it, not across a comma.
    (
        "lift click-through on LinkedIn ads to 0.8% (now 0.45%) in Q1",
        Some(0.45),
        Some(0.8),
        Some("2027-03-31"),
    ),
    (
        "share of voice on X: 5% now, 12% by Q3",
        Some(5.0),
        Some(12.0),
        Some("2027-09-30"),
    ),
    // Holidays on a fixed day.
    (
        "haunted house - 5k tix sold via tiktok b4 halloween",
        None,
        Some(5000.0),
        Some("2027-10-31"),
    ),
    (
        "chimney sweep: 40 quote requests on fb before bonfire night",
        None,
        Some(40.0),
        Some("2027-11-05"),
    ),
    // Numbers in words go on over "and" and their magnitudes.
    (
        "a hundred and fifty thousand impressions on Snapchat by June",
        None,
        Some(150_000.0),
        Some("2027-06-30"),
    ),
    (
        "twenty five thousand views on YouTube by May",
        None,
        Some(25_000.0),
        Some("2027-05-31"),
    ),
    (
        "Få to hundre og femti nye følgere på TikTok innen juni",
        None,
        Some(250.0),
        Some("2027-06-30"),
    ),
    (
        "eleven new hires through LinkedIn by March",
        None,
        Some(11.0),
        Some("2027-03-31"),
    ),
    // A number word in a name counts nothing: the label before a colon, or the name before "will".
    (
        "Three Bridges Half Marathon: 2,000 places sold through Instagram by 30 April",
        None,
        Some(2000.0),
        Some("2027-04-30"),
    ),
    (
        "Two Vans Removals will answer Messenger questions within 30 minutes",
        None,
        Some(30.0),
        None,
    ),
    // Written in a hurry: an arrow between the start and the target, "mill" for million.
    (
        "beekeeper insta followers 600 → 2k by 1 May",
        Some(600.0),
        Some(2000.0),
        Some("2027-05-01"),
    ),
    (
        "temp agency linkedin ads CTR 0.8% -> 1.5% in H1",
        Some(0.8),
        Some(1.5),
        Some("2027-06-30"),
    ),
    (
        "taxi firm: £2.5 mill in revenue from LinkedIn next year",
        None,
        Some(2_500_000.0),
        Some("2027-12-31"),
    ),
    (
        "Grow repeat orders from our TikTok shop from 80 to 120 within half a year",
        Some(80.0),
        Some(120.0),
        Some("2027-05-23"),
    ),
    (
        "Grow likes on our Christmas blend reels to 500 by 31 January 2027",
        None,
        Some(500.0),
        Some("2027-01-31"),
    ),
    (
        "Publish 4 LinkedIn posts a week from January to June 2027",
        None,
        Some(4.0),
        Some("2027-06-30"),
    ),
    (
        "Half of our members should know the new app by March 2027",
        None,
        Some(50.0),
        Some("2027-03-31"),
    ),
    (
        "Grow orders from 1,200 to 2,000 by the end of 2027",
        Some(1200.0),
        Some(2000.0),
        Some("2027-12-31"),
    ),
    (
        "from 2k to 5k leads by the end of Q2 2027",
        Some(2000.0),
        Some(5000.0),
        Some("2027-06-30"),
    ),
    (
        "Reach 2000 newsletter subscribers within 6 months",
        None,
        Some(2000.0),
        Some("2027-05-23"),
    ),
    (
        "Raise £20,000 in donations before Christmas",
        None,
        Some(20000.0),
        Some("2026-12-25"),
    ),
    (
        "Sell €5k of gift cards in December",
        None,
        Some(5000.0),
        Some("2026-12-31"),
    ),
    (
        "Revenue of 1.5 million from the webshop in 2027",
        None,
        Some(1_500_000.0),
        Some("2027-12-31"),
    ),
    (
        "Lift the click-through rate from 0.8% to 1.5% by Q3",
        Some(0.8),
        Some(1.5),
        Some("2027-09-30"),
    ),
    (
        "Go from 40 to 90 demo bookings within 90 days",
        Some(40.0),
        Some(90.0),
        Some("2027-02-21"),
    ),
    (
        "300 job applications by 15 March 2027",
        None,
        Some(300.0),
        Some("2027-03-15"),
    ),
    (
        "three hundred reviews on Google by the end of the year",
        None,
        Some(300.0),
        Some("2026-12-31"),
    ),
    (
        "We have 450 members today and want 600 by next year",
        Some(450.0),
        Some(600.0),
        Some("2027-12-31"),
    ),
    (
        "Double our bookings in the first quarter of 2027",
        None,
        None,
        Some("2027-03-31"),
    ),
    (
        "2030 ticket sales for the spring show",
        None,
        Some(2030.0),
        None,
    ),
    (
        "150 qualified leads next quarter",
        None,
        Some(150.0),
        Some("2027-03-31"),
    ),
    (
        "500 sign-ups within two weeks",
        None,
        Some(500.0),
        Some("2026-12-07"),
    ),
    (
        "From 800 in 2025 to 1,000 donors by June 2027",
        Some(800.0),
        Some(1000.0),
        Some("2027-06-30"),
    ),
];

const NB: &[Case] = &[
    (
        "Spontan kjennskap til treningssenteret blant 65+ i Drammen: 25 % innen 1. september",
        None,
        Some(25.0),
        Some("2027-09-01"),
    ),
    (
        "øke følgere på linkedin for regnskapskontoret med 1000 inen 31.12",
        None,
        Some(1000.0),
        Some("2026-12-31"),
    ),
    (
        "Øke antall timebestillinger via Instagram fra 40 til 70 i løpet av et halvt år",
        Some(40.0),
        Some(70.0),
        Some("2027-05-23"),
    ),
    (
        "Få 2 000 nye følgere på LinkedIn innen 30.6. slik at flere søker jobb",
        None,
        Some(2000.0),
        Some("2027-06-30"),
    ),
    (
        "Øke rekkevidden på Instagram med 40 % fra mai til august",
        None,
        Some(40.0),
        Some("2027-08-31"),
    ),
    (
        "Halvparten av studentene skal kjenne til appen innen 1. mars",
        None,
        Some(50.0),
        Some("2027-03-01"),
    ),
    (
        "Øke antall bestillinger fra 1 200 til 2 000 innen utgangen av 2027",
        Some(1200.0),
        Some(2000.0),
        Some("2027-12-31"),
    ),
    (
        "fra 1200 til 2000 ordre innen utgangen av 2027",
        Some(1200.0),
        Some(2000.0),
        Some("2027-12-31"),
    ),
    (
        "Få 2000 nye medlemmer innen seks måneder",
        None,
        Some(2000.0),
        Some("2027-05-23"),
    ),
    (
        "Salg for 1,5 mill. kroner i nettbutikken i 2027",
        None,
        Some(1_500_000.0),
        Some("2027-12-31"),
    ),
    (
        "Øke konverteringsraten fra 1,8 % til 2,5 % innen nyttår",
        Some(1.8),
        Some(2.5),
        Some("2026-12-31"),
    ),
    (
        "200 søknader i løpet av første kvartal 2027",
        None,
        Some(200.0),
        Some("2027-03-31"),
    ),
    (
        "Samle inn kr 250 000 til innsamlingsaksjonen før jul",
        None,
        Some(250_000.0),
        Some("2026-12-24"),
    ),
    (
        "tusen følgere på TikTok innen 1. mars",
        None,
        Some(1000.0),
        Some("2027-03-01"),
    ),
    (
        "tohundre påmeldinger til kurset innen 1. mars",
        None,
        Some(200.0),
        Some("2027-03-01"),
    ),
    (
        "tvåhundra bokningar via Instagram före 1 mars",
        None,
        Some(200.0),
        Some("2027-03-01"),
    ),
    (
        "femtusind følgere på TikTok inden 1. marts",
        None,
        Some(5000.0),
        Some("2027-03-01"),
    ),
    (
        "Vi har 300 abonnenter i dag og vil ha 500 innen juni",
        Some(300.0),
        Some(500.0),
        Some("2027-06-30"),
    ),
    (
        "80 henvendelser i uke 14",
        None,
        Some(80.0),
        Some("2027-04-11"),
    ),
    (
        "Omsetning på 400.000 kroner innen 31.12.2027",
        None,
        Some(400_000.0),
        Some("2027-12-31"),
    ),
    (
        "Fordoble salget innen neste år",
        None,
        None,
        Some("2027-12-31"),
    ),
    (
        "Øke fra 800 i 2025 til 1 000 påmeldte innen desember 2027",
        Some(800.0),
        Some(1000.0),
        Some("2027-12-31"),
    ),
    (
        "150 bookinger i andre halvår",
        None,
        Some(150.0),
        Some("2026-12-31"),
    ),
    (
        "Nå 50 000 personer i løpet av tre måneder",
        None,
        Some(50_000.0),
        Some("2027-02-23"),
    ),
    (
        "1950 medlemmer i klubben innen sesongstart",
        None,
        Some(1950.0),
        None,
    ),
];

const SV: &[Case] = &[
    (
        "Fler bokade provturer via Facebook: från 25 till 60 inom ett halvt år",
        Some(25.0),
        Some(60.0),
        Some("2027-05-23"),
    ),
    (
        "En miljon visningar på TikTok av videon med lejonungarna",
        None,
        Some(1000000.0),
        None,
    ),
    (
        "Öka försäljningen av ungdomsbiljetter (under 30 år) med 20 % till och med juni 2027",
        None,
        Some(20.0),
        Some("2027-06-30"),
    ),
    (
        "Sälja 300 par solglasögon via webshoppen under maj–juni",
        None,
        Some(300.0),
        Some("2027-06-30"),
    ),
    (
        "Öka ordrarna från 1 200 till 2 000 före årsskiftet",
        Some(1200.0),
        Some(2000.0),
        Some("2026-12-31"),
    ),
    (
        "2 000 nya prenumeranter inom ett år",
        None,
        Some(2000.0),
        Some("2027-11-23"),
    ),
    (
        "Försäljning för 2,5 miljoner kronor under 2027",
        None,
        Some(2_500_000.0),
        Some("2027-12-31"),
    ),
    (
        "Sänka kostnaden per lead från 350 kr till 200 kr senast 30 april",
        Some(350.0),
        Some(200.0),
        Some("2027-04-30"),
    ),
    (
        "ROAS på 4,5 under tredje kvartalet",
        None,
        Some(4.5),
        Some("2027-09-30"),
    ),
    (
        "Vi ska gå från 40 till 70 bokningar i veckan innan sommaren",
        Some(40.0),
        Some(70.0),
        None,
    ),
    (
        "Få 500 ansökningar till hösten 2027",
        None,
        Some(500.0),
        None,
    ),
    (
        "tjugo offertförfrågningar via LinkedIn i januari",
        None,
        Some(20.0),
        Some("2027-01-31"),
    ),
    (
        "Nå 2030 medlemmar innan nyår",
        None,
        Some(2030.0),
        Some("2026-12-31"),
    ),
    (
        "Öka från 600 i fjol till 900 gåvor i år",
        Some(600.0),
        Some(900.0),
        Some("2026-12-31"),
    ),
    (
        "300 nya kunder inom sex månader",
        None,
        Some(300.0),
        Some("2027-05-23"),
    ),
    (
        "1 000 nedladdningar av e-boken senast vecka 10",
        None,
        Some(1000.0),
        Some("2027-03-14"),
    ),
    (
        "Öka intäkterna med 15 % nästa kvartal",
        None,
        Some(15.0),
        Some("2027-03-31"),
    ),
    (
        "Samla in 75 000 kronor före jul",
        None,
        Some(75_000.0),
        Some("2026-12-24"),
    ),
    (
        "Dubbla antalet leads inom 90 dagar",
        None,
        None,
        Some("2027-02-21"),
    ),
];

const DA: &[Case] = &[
    (
        "landbrugsmaskiner: 8.000 besøg pa produktsiderne fra yt inden udgangen af feb",
        None,
        Some(8000.0),
        Some("2027-02-28"),
    ),
    (
        "Hospicet vil samle 250.000 kr. ind via Instagram inden nytår 2027",
        None,
        Some(250_000.0),
        Some("2027-12-31"),
    ),
    (
        "Få 300 nye tilmeldinger til nyhedsbrevet via LinkedIn på et halvt år",
        None,
        Some(300.0),
        Some("2027-05-23"),
    ),
    (
        "Fra 900 til 1.500 følgere på Instagram inden 31.3., så flere bliver kunder",
        Some(900.0),
        Some(1500.0),
        Some("2027-03-31"),
    ),
    (
        "Engagement rate på 4 % senest 28.2.",
        None,
        Some(4.0),
        Some("2027-02-28"),
    ),
    (
        "Halvdelen af forældrene skal åbne nyhedsbrevet inden 1. april",
        None,
        Some(50.0),
        Some("2027-04-01"),
    ),
    (
        "Øge antallet af bordreservationer fra 1.200 til 2.000 inden udgangen af 2027",
        Some(1200.0),
        Some(2000.0),
        Some("2027-12-31"),
    ),
    (
        "fra 1200 til 2000 ordrer inden udgangen af 2027",
        Some(1200.0),
        Some(2000.0),
        Some("2027-12-31"),
    ),
    (
        "Fra 800 i 2025 til 1.000 inden december 2027",
        Some(800.0),
        Some(1000.0),
        Some("2027-12-31"),
    ),
    (
        "2.000 nye medlemmer inden nytår",
        None,
        Some(2000.0),
        Some("2026-12-31"),
    ),
    (
        "Omsætning på 1,5 mio. kr. i webshoppen i 2027",
        None,
        Some(1_500_000.0),
        Some("2027-12-31"),
    ),
    (
        "Øge konverteringsraten fra 1,5 % til 2,2 % inden 3. kvartal",
        Some(1.5),
        Some(2.2),
        Some("2027-09-30"),
    ),
    (
        "Få 150 ansøgninger inden seks måneder",
        None,
        Some(150.0),
        Some("2027-05-23"),
    ),
    (
        "kr. 50.000 i donationer før jul",
        None,
        Some(50_000.0),
        Some("2026-12-24"),
    ),
    (
        "Vi har 2.400 abonnenter i dag og vil have 3.000 inden juni",
        Some(2400.0),
        Some(3000.0),
        Some("2027-06-30"),
    ),
    (
        "300 tilmeldinger i løbet af første kvartal 2027",
        None,
        Some(300.0),
        Some("2027-03-31"),
    ),
    (
        "Hundrede anmeldelser på Trustpilot inden 1. april",
        None,
        Some(100.0),
        Some("2027-04-01"),
    ),
    (
        "Fordoble salget inden næste år",
        None,
        None,
        Some("2027-12-31"),
    ),
    (
        "400 bookinger i uge 30",
        None,
        Some(400.0),
        Some("2027-08-01"),
    ),
    (
        "2030 solgte billetter inden sæsonstart",
        None,
        Some(2030.0),
        None,
    ),
    (
        "Nå 40.000 personer inden for tre måneder",
        None,
        Some(40_000.0),
        Some("2027-02-23"),
    ),
];

fn check(cases: &[Case]) -> Vec<String> {
    let today = Date::new(2026, 11, 23).expect("a date");
    let mut wrong = Vec::new();
    for &(text, baseline, target, deadline) in cases {
        let f = read_figures(text, today);
        let got = (f.baseline, f.target, f.deadline.map(|d| d.to_string()));
        let want = (baseline, target, deadline.map(str::to_string));
        if got != want {
            wrong.push(format!("{text}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    wrong
}

#[test]
fn english_numbers_and_dates_read_as_meant() {
    let wrong = check(EN);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn norwegian_numbers_and_dates_read_as_meant() {
    let wrong = check(NB);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn swedish_numbers_and_dates_read_as_meant() {
    let wrong = check(SV);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn danish_numbers_and_dates_read_as_meant() {
    let wrong = check(DA);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_count_that_looks_like_a_year_is_kept_as_a_hint() {
    let today = Date::new(2026, 11, 23).expect("a date");
    let f = read_figures("2030 solgte billetter inden sæsonstart", today);
    assert_eq!(f.target, Some(2030.0));
    assert_eq!(f.year_like_count, Some(2030));
}
