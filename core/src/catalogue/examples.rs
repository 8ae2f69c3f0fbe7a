//! Example goal sentences for every metric of the catalogue, at least one in each language, in which that
//! metric is what carries the number (or, for an umbrella metric, the result named). The level each must
//! score at is the metric's own level in the catalogue. The sentences are the app's own, written for this
//! table; they are not taken from the evaluation set or the corpus.

#![cfg_attr(not(test), allow(dead_code))]

use crate::Lang::{self, Da, En, Nb, Sv};

/// One example goal for a metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Example {
    /// The catalogue id of the metric that carries the number.
    pub metric: &'static str,
    pub lang: crate::Lang,
    pub text: &'static str,
}

const fn ex(metric: &'static str, lang: Lang, text: &'static str) -> Example {
    Example { metric, lang, text }
}

pub(crate) static EXAMPLES: &[Example] = &[
    // ── 0: our own activity ──────────────────────────────────────────────────────────────────────────
    ex("posts_published", En, "Post two short recipe videos a week on TikTok from January to June 2027"),
    ex("posts_published", Nb, "Legge ut to innlegg i uka på Facebook om nye sykler i butikken ut 2027"),
    ex("posts_published", Sv, "Publicera tre inlägg i veckan på LinkedIn om våra byggprojekt under våren 2027"),
    ex("posts_published", Da, "Lægge fire opslag op om ugen på Instagram med ugens kager frem til jul"),
    ex("campaigns_run", En, "Run three paid Instagram campaigns for the gym before the end of Q2 2027"),
    ex("campaigns_run", Nb, "Kjøre fire annonsekampanjer på Facebook for hagesenteret i løpet av våren 2027"),
    ex("campaigns_run", Sv, "Genomföra två annonskampanjer på TikTok för festivalen före juni 2027"),
    ex("campaigns_run", Da, "Køre tre annoncekampagner på Facebook for campingpladsen inden sommerferien 2027"),
    ex("campaigns_run", En, "Partner with four local creators on TikTok for the ice-cream bar before summer 2027"),
    ex("campaigns_run", Nb, "Samarbeide med tre innholdsskapere på TikTok om kafeens nye meny før påske 2027"),
    ex("campaigns_run", Sv, "Samarbeta med två innehållsskapare på Instagram för cykelbutiken under våren 2027"),
    ex("campaigns_run", Da, "Samarbejde med tre indholdsskabere på Instagram om bageriets julekager inden december 2027"),
    ex("events_held", En, "Host four webinars on LinkedIn Live about bookkeeping for start-ups in 2027"),
    ex("events_held", Nb, "Holde seks direktesendinger på Facebook med hundetrening før sommeren 2027"),
    ex("events_held", Sv, "Hålla tre webbinarier om solceller för villaägare under hösten 2027"),
    ex("events_held", Da, "Holde fire webinarer om pension for selvstændige inden udgangen af 2027"),
    ex("response_time", En, "Reply to every Facebook message within two hours on weekdays"),
    ex("response_time", Nb, "Svare på alle meldinger på Messenger innen én time i åpningstiden"),
    ex("response_time", Sv, "Svara på alla direktmeddelanden på Instagram inom 30 minuter under kontorstid"),
    ex("response_time", Da, "Få svartiden på Messenger ned under en time i åbningstiden"),
    // A reply named as a noun before the limit ("svar på …").
    ex("response_time", Da, "Tandlægen lover svar på alle beskeder i Messenger senest tre timer efter"),
    ex("response_time", Nb, "Kundene skal få svar på DM-er på Instagram innen to timer på hverdager"),
    ex("response_time", Sv, "Garantera svar på alla frågor i Messenger inom 45 minuter under öppettid"),
    ex("response_time", En, "A reply to every customer email within four hours on workdays"),
    ex("newsletters_sent", En, "Send the dental clinic's email newsletter twice a month from January 2027"),
    ex("newsletters_sent", Nb, "Sende ut nyhetsbrevet hver fjortende dag gjennom hele 2027"),
    ex("newsletters_sent", Sv, "Skicka ut nyhetsbrevet till kunderna en gång i månaden under 2027"),
    ex("newsletters_sent", Da, "Sende nyhedsbrevet ud hver anden uge i hele 2027"),
    // ── 1: visibility ────────────────────────────────────────────────────────────────────────────────
    ex("followers", En, "Grow the bakery's Instagram account from 1,200 to 2,500 followers by 30 June 2027"),
    ex("followers", Nb, "Øke antall følgere på TikTok for sykkelbutikken fra 800 til 2 000 innen utgangen av 2027"),
    ex("followers", Sv, "Nå 5 000 följare på Instagram för frisörsalongen före sommaren 2027"),
    ex("followers", Da, "Få 1.500 nye følgere på LinkedIn for revisionsfirmaet inden udgangen af 2027"),
    ex("followers", Nb, "Nå 3 000 sidelikes på Facebook-siden til idrettslaget innen juni 2027"),
    ex("followers", Da, "Nå 2.000 sidelikes på Facebook for teatret inden udgangen af 2027"),
    ex("channel_subscribers", En, "Reach 10,000 subscribers on our YouTube woodworking channel by December 2027"),
    ex("channel_subscribers", Nb, "Få 3 000 abonnenter på YouTube-kanalen vår om fiske innen nyttår"),
    ex("channel_subscribers", Sv, "Öka antalet prenumeranter på vår YouTube-kanal om trädgård till 4 000 till hösten 2027"),
    ex("channel_subscribers", Da, "Nå 2.000 abonnenter på vores YouTube-kanal om cykelreparation inden juni 2027"),
    ex("reach", En, "A monthly reach of 40,000 people on Facebook for the theatre by March 2027"),
    ex("reach", Nb, "Øke rekkevidden på Instagram til 30 000 personer i måneden innen sommeren 2027"),
    ex("reach", Sv, "Öka räckvidden för kommunens Facebooksida till 50 000 personer per månad före årsskiftet"),
    ex("reach", Da, "Få en månedlig rækkevidde på 20.000 personer på Instagram for dyreklinikken inden maj 2027"),
    ex("reach", Nb, "Øke reach på Instagram-kontoen til bakeriet til 15 000 personer i måneden innen mars 2027"),
    ex("reach", Sv, "Reach på 40 000 personer på TikTok för campingen under sommaren 2027"),
    ex("reach", Da, "Øge reach på LinkedIn for tegnestuen med 30 % inden udgangen af Q2 2027"),
    ex("impressions", En, "Get 500,000 impressions on our LinkedIn updates about the new software by the end of Q1 2027"),
    ex("impressions", Nb, "Oppnå 200 000 visninger av innleggene våre på LinkedIn i første kvartal 2027"),
    ex("impressions", Sv, "Få 300 000 exponeringar på Instagram för den nya kollektionen under hösten 2027"),
    ex("impressions", Da, "Opnå 150.000 eksponeringer på Facebook for bryggeriets nye øl inden august 2027"),
    ex("impressions", En, "Grow profile visits on our Instagram from 800 to 1 500 a month by April 2027"),
    ex("impressions", Nb, "2 000 profilbesøk i måneden på Instagram-kontoen til frisørsalongen innen mai 2027"),
    ex("impressions", Sv, "Öka profilbesöken på vårt Instagramkonto till 3 000 i månaden före juni 2027"),
    ex("impressions", Da, "1.200 profilbesøg om måneden på vores Instagram inden udgangen af marts 2027"),
    ex("mentions", En, "Get 300 mentions a month on Instagram from museum visitors by summer 2027"),
    ex("mentions", Nb, "Bli nevnt 150 ganger i måneden på Instagram av hotellgjester innen juni 2027"),
    ex("mentions", Sv, "Få 200 omnämnanden i månaden på Instagram och TikTok för restaurangen före sommaren 2027"),
    ex("mentions", Da, "Blive nævnt 100 gange om måneden på Instagram af gæster på festivalen inden juli 2027"),
    ex("visibility", En, "Become more visible on TikTok among young people in our town"),
    ex("visibility", Nb, "Bli mer synlig på Instagram for rørleggerfirmaet"),
    ex("visibility", Sv, "Synas mer på Facebook i vårt närområde"),
    ex("visibility", Da, "Være mere synlige på LinkedIn i branchen"),
    ex("share_of_voice", En, "Raise our share of voice among Oslo coffee roasters on Instagram from 10 % to 20 % by the end of 2027"),
    ex("share_of_voice", Nb, "Øke vår share of voice blant norske regnskapsbyråer på LinkedIn til 15 % innen 2028"),
    ex("share_of_voice", Sv, "Nå en share of voice på 25 % bland svenska campingplatser på Instagram före 2028"),
    ex("share_of_voice", Da, "Hæve vores share of voice blandt danske cykelhandlere på Facebook til 30 % inden udgangen af 2027"),
    ex("audience_growth_rate", En, "Keep a monthly audience growth rate of 5 % on our TikTok account throughout 2027"),
    ex("audience_growth_rate", Nb, "Holde en følgervekst på 3 % i måneden på LinkedIn gjennom hele 2027"),
    ex("audience_growth_rate", Sv, "Nå en följartillväxt på 6 % per månad på TikTok under första halvåret 2027"),
    ex("audience_growth_rate", Da, "Opnå en månedlig vækstrate i følgere på 5 % på Instagram i første halvår 2027"),
    ex("cpm", En, "Bring the CPM of our Facebook ads for the dental clinic down to £4 by March 2027"),
    ex("cpm", Nb, "Senke kostnaden per tusen visninger på Instagram-annonsene til 40 kroner innen april 2027"),
    ex("cpm", Sv, "Sänka CPM för våra TikTok-annonser till under 60 kronor före sommaren 2027"),
    ex("cpm", Da, "Sænke CPM på vores Facebook-annoncer til under 35 kr. inden april 2027"),
    // ── 2: attention ─────────────────────────────────────────────────────────────────────────────────
    ex("attention", En, "Get more attention for the new bakery in town"),
    ex("attention", Nb, "Skape mer oppmerksomhet rundt sommerkonsertene i parken"),
    ex("attention", Sv, "Mer uppmärksamhet kring bibliotekets nya läsecirklar"),
    ex("attention", Da, "Få mere opmærksomhed om vores nye cykelværksted"),
    ex("ad_recall", En, "Reach 25 % ad recall for our spring YouTube campaign in the brand lift study by May 2027"),
    ex("ad_recall", Nb, "Oppnå 30 % reklameerindring for Snapchat-kampanjen i brand lift-målingen innen mars 2027"),
    ex("ad_recall", Sv, "Nå 20 % annonserinran i brand lift-studien för vår YouTube-kampanj före juni 2027"),
    ex("ad_recall", Da, "Opnå 25 % annonceerindring i brand lift-målingen for vores YouTube-kampagne inden juni 2027"),
    ex("ad_recall", Sv, "Öka budskapsminnet för vårkampanjen på Snapchat till 35 % i brand lift-mätningen före maj 2027"),
    // "Our goal is to …" opens the goal; the "to" is not a purpose.
    ex("brand_awareness", En, "Our goal is to raise awareness of the ferry's night route among students from 20 % to 35 % by June 2027"),
    ex("brand_awareness", En, "Raise prompted brand awareness of the gym among students in Trondheim from 15 % to 30 % in our survey in autumn 2027"),
    ex("brand_awareness", Nb, "Øke kjennskapen til merkevaren blant unge i Tromsø fra 20 % til 35 %, målt i en spørreundersøkelse innen desember 2027"),
    ex("brand_awareness", Sv, "Öka kännedomen om varumärket bland småbarnsföräldrar i Malmö från 10 % till 25 % enligt vår enkät i december 2027"),
    ex("brand_awareness", Da, "Øge kendskabet til brandet blandt studerende i Aarhus fra 12 % til 25 % målt i en spørgeundersøgelse inden udgangen af 2027"),
    ex("time_spent", En, "Raise average watch time on our Twitch streams to 25 minutes by March 2027"),
    ex("time_spent", Nb, "Øke gjennomsnittlig seertid på YouTube-videoene våre til 5 minutter innen sommeren 2027"),
    ex("time_spent", Sv, "Öka den genomsnittliga tittartiden på våra TikTok-filmer till 40 sekunder före årsskiftet"),
    ex("time_spent", Da, "Øge den gennemsnitlige seertid på vores YouTube-videoer om havearbejde til fire minutter inden juni 2027"),
    ex("time_spent", En, "Raise the completion rate of our how-to videos on YouTube from 30 % to 45 % by June 2027"),
    ex("time_spent", Nb, "60 % av seerne skal se reelsene våre på Instagram helt ut innen utgangen av april 2027"),
    ex("time_spent", Sv, "Minst 50 % av lyssnarna ska lyssna klart på varje avsnitt av vår podd under våren 2027"),
    ex("time_spent", Da, "40 % af seerne skal se vores TikTok-videoer helt til ende inden sommeren 2027"),
    ex("open_rate", En, "Lift the open rate of our monthly member newsletter from 31 % to 40 % by June 2027"),
    ex("open_rate", Nb, "Åpningsraten på nyhetsbrevet til kundene skal opp fra 25 % til 35 % innen 1. juni 2027"),
    ex("open_rate", Sv, "Höja öppningsgraden på vårt nyhetsbrev till medlemmarna från 30 % till 38 % före sommaren 2027"),
    ex("open_rate", Da, "Åbningsraten på vores nyhedsbrev til kunderne skal op fra 28 % til 36 % inden udgangen af maj 2027"),
    // ── 3: engagement ────────────────────────────────────────────────────────────────────────────────
    ex("engagement", En, "More engagement on our Instagram"),
    ex("engagement", Nb, "Mer engasjement på Facebook-siden til idrettslaget"),
    ex("engagement", Sv, "Öka engagemanget på LinkedIn"),
    ex("engagement", Da, "Skabe mere engagement på TikTok"),
    ex("likes", En, "Average 200 likes per Instagram post for the florist by May 2027"),
    ex("likes", Nb, "Få i snitt 150 likerklikk per innlegg på Facebook innen mars 2027"),
    ex("likes", Sv, "Nå 300 gillamarkeringar i snitt på våra Instagraminlägg före sommaren 2027"),
    ex("likes", Da, "Få i gennemsnit 120 likes pr. opslag på Facebook inden påske 2027"),
    ex("comments", En, "Get 50 comments on each of our weekly Facebook quizzes by February 2027"),
    ex("comments", Nb, "Få 40 kommentarer i snitt på hvert innlegg på Instagram innen påske 2027"),
    ex("comments", Sv, "Få 30 kommentarer per inlägg på Facebook i snitt för bokhandeln före juni 2027"),
    ex("comments", Da, "Opnå 25 kommentarer i gennemsnit på vores opslag på LinkedIn inden marts 2027"),
    ex("shares", En, "Reach 1,000 shares of our recycling tips on Facebook by the end of 2027"),
    ex("shares", Nb, "Få 500 delinger av oppskriftene våre på Facebook innen utgangen av 2027"),
    ex("shares", Sv, "Få 400 delningar av våra träningstips på Facebook före årsskiftet"),
    ex("shares", Da, "Opnå 300 delinger af vores opskrifter på Facebook inden jul 2027"),
    ex("shares", En, "Collect 200 pieces of UGC with our hashtag on Instagram by the end of August 2027"),
    ex("shares", Nb, "150 UGC fra gjestene med emneknaggen vår på Instagram innen utgangen av juli 2027"),
    ex("shares", Sv, "Få 300 UGC från besökarna med festivalens hashtag på Instagram under juli 2027"),
    ex("shares", Da, "Få 250 UGC fra kunderne med vores hashtag på Instagram inden udgangen af juni 2027"),
    ex("saves", En, "Double the number of saves on our Instagram workout carousels by April 2027"),
    ex("saves", Nb, "Doble antall lagringer av treningsinnleggene våre på Instagram innen april 2027"),
    ex("saves", Sv, "Fördubbla antalet sparningar av våra receptinlägg på Instagram före maj 2027"),
    ex("saves", Da, "Fordoble antallet gemninger af vores opskrifter på Instagram inden maj 2027"),
    ex("clicks", En, "Drive 2,000 visits a month from Pinterest to the webshop by September 2027"),
    ex("clicks", Nb, "Få 1 500 klikk i måneden fra Instagram til nettbutikken innen september 2027"),
    ex("clicks", Sv, "Öka trafiken från LinkedIn till vår karriärsida till 3 000 besök i månaden före hösten 2027"),
    ex("clicks", Da, "Skaffe 2.500 besøg om måneden fra Facebook til webshoppen inden oktober 2027"),
    ex("video_views", En, "Reach 100,000 video views on our TikTok cooking clips by the end of Q3 2027"),
    ex("video_views", Nb, "Oppnå 50 000 videovisninger på YouTube for turistkontoret innen juli 2027"),
    ex("video_views", Sv, "Nå 80 000 videovisningar på TikTok för djurparken före sommarlovet 2027"),
    ex("video_views", Da, "Få 60.000 videovisninger på YouTube af vores guides til kajakture inden juli 2027"),
    ex("engagement_rate", En, "Lift the engagement rate on our LinkedIn posts from 2 % to 4 % by June 2027"),
    ex("engagement_rate", Nb, "Øke engasjementsraten på Instagram fra 3 % til 5 % innen utgangen av 2027"),
    ex("engagement_rate", Sv, "Höja engagemangsgraden på våra Instagraminlägg till 6 % före årsskiftet"),
    ex("engagement_rate", Da, "Hæve engagementsraten på TikTok fra 4 % til 7 % inden udgangen af 2027"),
    ex("click_through_rate", En, "Raise the click-through rate on our Facebook ads from 0.8 % to 1.5 % by March 2027"),
    ex("click_through_rate", Nb, "Øke klikkraten på LinkedIn-annonsene fra 0,5 % til 1 % innen mars 2027"),
    ex("click_through_rate", Sv, "Höja klickfrekvensen på våra Facebookannonser till 2 % före april 2027"),
    ex("click_through_rate", Da, "Øge klikraten på vores Instagram-annoncer fra 1 % til 2 % inden april 2027"),
    ex("amplification_rate", En, "Reach an amplification rate of 3 % on our LinkedIn posts by the end of 2027"),
    ex("amplification_rate", Nb, "Oppnå en forsterkningsrate på 2 % på Facebook-innleggene våre innen 2028"),
    ex("amplification_rate", Sv, "Höja spridningsgraden på våra LinkedIn-inlägg till 2 % under 2027"),
    ex("amplification_rate", Da, "Opnå en forstærkningsrate på 2,5 % på vores opslag på LinkedIn inden udgangen af 2027"),
    ex("applause_rate", En, "Keep an applause rate of at least 8 % on our Instagram posts throughout 2027"),
    ex("applause_rate", Nb, "Holde applausraten på Instagram over 6 % gjennom hele 2027"),
    ex("applause_rate", Sv, "Höja applådgraden på Instagram från 4 % till 7 % före sommaren 2027"),
    ex("applause_rate", Da, "Øge applausraten på Facebook fra 3 % til 5 % inden juli 2027"),
    ex("virality_rate", En, "Get a virality rate of 1.5 % on our TikTok videos by the summer of 2027"),
    ex("virality_rate", Nb, "Øke viralitetsraten på TikTok-videoene til 2 % innen sommeren 2027"),
    ex("virality_rate", Sv, "Nå en viralitetsgrad på 1 % på våra TikTok-klipp före juli 2027"),
    ex("virality_rate", Da, "Hæve viralitetsraten på vores Instagram-reels til 1,5 % inden sommeren 2027"),
    ex("bounce_rate", En, "Cut the bounce rate of visitors from Instagram to our landing page from 70 % to 50 % by May 2027"),
    ex("bounce_rate", Nb, "Redusere fluktfrekvensen for besøk fra Facebook til landingssiden fra 65 % til 45 % innen mai 2027"),
    ex("bounce_rate", Sv, "Sänka avvisningsfrekvensen för trafik från TikTok till webbutiken till under 40 % före sommaren 2027"),
    ex("bounce_rate", Da, "Sænke afvisningsprocenten for besøgende fra Facebook på vores landingsside til 40 % inden juni 2027"),
    ex("cost_per_click", En, "Bring our cost per click on Instagram ads below £0.50 by March 2027"),
    ex("cost_per_click", Nb, "Få klikkprisen på Facebook-annonsene ned til 3 kroner innen mars 2027"),
    ex("cost_per_click", Sv, "Sänka kostnaden per klick för våra LinkedIn-annonser till 8 kronor före april 2027"),
    ex("cost_per_click", Da, "Få prisen pr. klik på vores Facebook-annoncer ned på 2 kr. inden april 2027"),
    // ── 4: interaction ───────────────────────────────────────────────────────────────────────────────
    ex("inquiries", En, "Receive 40 quote requests a month via Facebook Messenger for the roofing firm by May 2027"),
    ex("inquiries", Nb, "Få 30 henvendelser i måneden via Instagram om bryllupsfoto innen mai 2027"),
    ex("inquiries", Sv, "Få 25 offertförfrågningar i månaden via Facebook om köksrenovering före juni 2027"),
    ex("inquiries", Da, "Modtage 20 henvendelser om måneden på Messenger om tilbud på tagrenovering inden juni 2027"),
    ex("sign_ups", En, "Get 150 registrations for our open day through Instagram by 1 March 2027"),
    ex("sign_ups", Nb, "Få 200 påmeldinger til åpen dag via Facebook innen 1. mars 2027"),
    ex("sign_ups", Sv, "Få 120 anmälningar till vårt webbinarium om bokföring via LinkedIn före 15 februari 2027"),
    ex("sign_ups", Da, "Få 80 tilmeldinger til vores motionsløb via Facebook inden 1. april 2027"),
    ex("sign_ups", En, "Find 40 new volunteers for the food bank through Facebook by 1 March 2027"),
    ex("sign_ups", Nb, "Få 30 nye frivillige til dugnaden via Facebook-gruppen innen 1. april 2027"),
    ex("sign_ups", Sv, "Få 200 gratis provperioder startade via LinkedIn-annonser före slutet av Q2 2027"),
    ex("sign_ups", Da, "Skaffe 25 nye frivillige til festivalen via Instagram inden 1. maj 2027"),
    ex("newsletter_subscribers", En, "Grow the newsletter list from 800 to 2,000 subscribers through Instagram by December 2027"),
    ex("newsletter_subscribers", Nb, "Øke antall abonnenter på nyhetsbrevet fra 500 til 1 500 via Facebook innen desember 2027"),
    ex("newsletter_subscribers", Sv, "Få 1 000 nya prenumeranter på nyhetsbrevet via Instagram före årsskiftet"),
    ex("newsletter_subscribers", Da, "Få 700 nye abonnenter på nyhedsbrevet via LinkedIn inden udgangen af 2027"),
    ex("leads", En, "Generate 60 qualified leads a quarter from LinkedIn for the IT consultancy by the end of 2027"),
    ex("leads", Nb, "Skaffe 50 leads i kvartalet fra LinkedIn til regnskapsbyrået innen utgangen av 2027"),
    ex("leads", Sv, "Generera 40 leads i månaden via LinkedIn för konsultbolaget före sommaren 2027"),
    ex("leads", Da, "Skabe 30 kvalificerede leads om måneden fra LinkedIn inden juni 2027"),
    ex("downloads", En, "Get 1,000 downloads of our free garden planning guide via Pinterest by April 2027"),
    ex("downloads", Nb, "Oppnå 800 nedlastinger av e-boka om boligkjøp via Facebook innen april 2027"),
    ex("downloads", Sv, "Få 600 nedladdningar av vår guide om solceller via LinkedIn före maj 2027"),
    ex("downloads", Da, "Opnå 500 downloads af vores e-bog om iværksætteri via LinkedIn inden maj 2027"),
    ex("reviews", En, "Collect 100 new Google reviews for the café by the end of 2027"),
    ex("reviews", Nb, "Få 80 nye anmeldelser på Google for bilverkstedet innen utgangen av 2027"),
    ex("reviews", Sv, "Få 60 nya recensioner på Tripadvisor för vandrarhemmet före hösten 2027"),
    ex("reviews", Da, "Få 150 nye anmeldelser på Trustpilot for webshoppen inden udgangen af 2027"),
    ex("applications", En, "Receive 40 applications for our apprentice electrician positions via TikTok by March 2027"),
    ex("applications", Nb, "Få 300 søknader til sykepleierutdanningen via Instagram før søknadsfristen 15. april 2027"),
    ex("applications", Sv, "Få 50 ansökningar till våra sommarjobb via Instagram före 1 mars 2027"),
    ex("applications", Da, "Modtage 35 ansøgninger til elevpladser som tømrer via Facebook inden 1. marts 2027"),
    ex("support_cases_solved", En, "Resolve 500 customer support cases a month through Facebook Messenger by the end of Q2 2027"),
    ex("support_cases_solved", Nb, "Løse 400 kundesaker i måneden via Messenger innen sommeren 2027"),
    ex("support_cases_solved", Sv, "Lösa 300 kundärenden i månaden i vår Facebookchatt före juni 2027"),
    ex("support_cases_solved", Da, "Løse 250 kundesager om måneden via Facebook Messenger inden juli 2027"),
    ex("customer_satisfaction", En, "Raise satisfaction among customers we helped in our Instagram chat to 4.5 out of 5 by September 2027"),
    ex("customer_satisfaction", Nb, "Øke kundetilfredsheten blant dem vi har hjulpet på Messenger til 4,6 av 5 innen september 2027"),
    ex("customer_satisfaction", Sv, "Höja kundnöjdheten bland kunder som fått hjälp i vår Facebookchatt till 4,5 av 5 före oktober 2027"),
    ex("customer_satisfaction", Da, "Øge kundetilfredsheden blandt dem, vi har hjulpet på Messenger, til 4,5 ud af 5 inden oktober 2027"),
    ex("nps", En, "Lift the NPS among customers who contacted us via Instagram from 20 to 40 by the end of 2027"),
    ex("nps", Nb, "Øke NPS blant kunder som har fått hjelp på Facebook fra 25 til 45 innen 2028"),
    ex("nps", Sv, "Höja NPS bland gäster vi hjälpt via Instagram från 30 till 50 före årsskiftet"),
    ex("nps", Da, "Hæve NPS blandt kunder, vi har hjulpet på Facebook, fra 15 til 35 inden udgangen af 2027"),
    ex("conversion_rate", En, "Increase the conversion rate of traffic from our Facebook ads from 1.2 % to 2 % by September 2027"),
    ex("conversion_rate", Nb, "Øke konverteringsraten fra Instagram-trafikken fra 1 % til 2,5 % innen september 2027"),
    ex("conversion_rate", Sv, "Höja konverteringsgraden för besökare från TikTok till 3 % före hösten 2027"),
    ex("conversion_rate", Da, "Øge konverteringsraten for trafik fra Facebook fra 1,5 % til 3 % inden oktober 2027"),
    // ── 5: transaction ───────────────────────────────────────────────────────────────────────────────
    ex("sales", En, "Sell 500 concert tickets through Instagram by the premiere on 1 May 2027"),
    ex("sales", Nb, "Selge 400 billetter til vårkonserten via Instagram innen 1. mai 2027"),
    ex("sales", Sv, "Sälja 250 biljetter till teaterföreställningen via Facebook före premiären i mars 2027"),
    ex("sales", Da, "Sælge 600 billetter til festivalen via Instagram inden 1. juni 2027"),
    ex("sales", En, "Sell 120 paid places on our summer courses through the newsletter by 1 May 2027"),
    ex("sales", Nb, "Det skal selges 500 årskort via Instagram innen utgangen av februar 2027"),
    ex("sales", Sv, "80 betalda anmälningar till sommarkurserna via nyhetsbrevet före 1 maj 2027"),
    ex("sales", Da, "100 betalte tilmeldinger til vinterkurserne via nyhedsbrevet inden 1. februar 2027"),
    ex("revenue", En, "Bring in £20,000 in revenue from Instagram Shopping by December 2027"),
    ex("revenue", Nb, "Øke omsetningen fra Instagram-butikken til 150 000 kroner innen desember 2027"),
    ex("revenue", Sv, "Öka intäkterna från TikTok Shop till 200 000 kronor under 2027"),
    ex("revenue", Da, "Øge omsætningen fra Facebook-butikken til 100.000 kr. inden udgangen af 2027"),
    ex("bookings", En, "Get 120 table bookings a month through Instagram for the restaurant by spring 2027"),
    ex("bookings", Nb, "Få 150 bookinger i måneden via Instagram for frisørsalongen innen mars 2027"),
    ex("bookings", Sv, "Få 80 bokningar av hotellrum via Facebook före sommaren 2027"),
    ex("bookings", Da, "Få 100 bordreservationer om måneden via Instagram inden foråret 2027"),
    ex("bookings", En, "Sell 900 room nights at the mountain lodge through Facebook ads by the end of March 2027"),
    ex("bookings", Nb, "Få 1 200 overnattinger på campingplassen fra Instagram-annonsene innen august 2027"),
    ex("bookings", Sv, "Nå 600 gästnätter på vandrarhemmet via Instagram före september 2027"),
    ex("bookings", Da, "Få 700 overnatninger på kroen via Facebook inden udgangen af 2027"),
    ex("donations", En, "Raise £15,000 in donations through Facebook fundraisers by Christmas 2027"),
    ex("donations", Nb, "Samle inn 200 000 kroner i donasjoner via Facebook-innsamlinger innen jul 2027"),
    ex("donations", Sv, "Samla in 150 000 kronor i gåvor via Instagram före jul 2027"),
    ex("donations", Da, "Indsamle 100.000 kr. i donationer via Facebook inden jul 2027"),
    ex("paid_subscriptions", En, "Get 300 new paid memberships for the climbing gym via Instagram by September 2027"),
    ex("paid_subscriptions", Nb, "Få 250 nye betalende abonnenter på lokalavisen via Facebook innen 2028"),
    ex("paid_subscriptions", Sv, "Få 400 nya betalande medlemmar i gymmet via Instagram före hösten 2027"),
    ex("paid_subscriptions", Da, "Få 200 nye betalende abonnenter på vores podcast via Instagram inden udgangen af 2027"),
    ex("new_customers", En, "Win 25 new customers through LinkedIn for the cleaning company by June 2027"),
    ex("new_customers", Nb, "Få 40 nye kunder via Facebook til rørleggerfirmaet innen utgangen av 2027"),
    ex("new_customers", Sv, "Värva 30 nya kunder via LinkedIn till redovisningsbyrån före årsskiftet"),
    ex("new_customers", Da, "Vinde 20 nye kunder via LinkedIn til rengøringsfirmaet inden juni 2027"),
    ex("hires", En, "Hire 10 new care workers through Facebook by the end of 2027"),
    ex("hires", Nb, "Ansette 8 nye sykepleiere via LinkedIn innen utgangen av 2027"),
    ex("hires", Sv, "Anställa 12 nya lagerarbetare via Facebook före sommaren 2027"),
    ex("hires", Da, "Ansætte 6 nye tømrere via Facebook inden udgangen af 2027"),
    ex("renewals", En, "Raise the share of repeat purchases in the webshop from 20 % to 30 % with Facebook offers by the end of 2027"),
    ex("renewals", Nb, "Øke andelen gjenkjøp i nettbutikken fra 15 % til 25 % via Instagram innen utgangen av 2027"),
    ex("renewals", Sv, "Öka andelen återköp bland våra kunder från 20 % till 35 % via Instagram före 2028"),
    ex("renewals", Da, "Få 60 % af medlemmerne til at forny deres medlemskab via Facebook inden februar 2028"),
    ex("customer_lifetime_value", En, "Increase the customer lifetime value of customers won via Instagram from £300 to £400 by the end of 2027"),
    ex("customer_lifetime_value", Nb, "Øke kundens livstidsverdi for kunder fra Instagram fra 3 000 til 4 000 kroner innen utgangen av 2027"),
    ex("customer_lifetime_value", Sv, "Höja kundlivstidsvärdet för kunder som kommer via TikTok till 2 500 kronor före 2028"),
    ex("customer_lifetime_value", Da, "Øge kundelevetidsværdien for kunder fra Facebook fra 2.000 til 3.000 kr. inden udgangen af 2027"),
    ex("roi", En, "Achieve a 150 % return on investment from our LinkedIn ads by the end of 2027"),
    ex("roi", Nb, "Oppnå 200 % avkastning på investeringen i Facebook-annonser innen utgangen av 2027"),
    ex("roi", Sv, "Nå en ROI på 120 % för våra annonser på Instagram under 2027"),
    ex("roi", Da, "Opnå et afkast på 150 % af investeringen i Instagram-annoncer inden udgangen af 2027"),
    // ── word families added with the fresh sets dev5-dev7: one sentence of its own per language ─────────
    ex("time_spent", En, "Half of those who start our recipe films should watch them all the way to the end by May 2027"),
    ex("time_spent", Nb, "Minst 40 % av lytterne skal høre episodene helt til slutt innen utgangen av 2027"),
    ex("time_spent", Sv, "Minst 45 % av läsarna ska läsa guiderna på bloggen ända till slutet under 2027"),
    ex("time_spent", Da, "Mindst 50 % af vores reels skal ses helt færdige inden sommeren 2027"),
    ex("open_rate", En, "At least 55 % of members should open the monthly newsletter in 2027"),
    ex("open_rate", Nb, "Minst 60 % av foreldrene skal åpne ukebrevet fra barnehagen i 2027"),
    ex("open_rate", Sv, "Minst 50 % av medlemmarna ska öppna veckobrevet under våren 2027"),
    ex("open_rate", Da, "Mindst 65 % af beboerne skal åbne ugebrevet fra boligforeningen i 2027"),
    ex("shares", En, "300 Instagram posts from runners with our race hashtag by the end of the race weekend"),
    ex("shares", Nb, "Gjestene skal dele 150 bilder med emneknaggen vår på Instagram innen utgangen av august 2027"),
    ex("shares", Sv, "Minst 400 UGC-inlägg med mässans hashtag på Instagram under mässveckan i mars 2027"),
    ex("shares", Da, "Kunderne skal lave 120 opslag med vores hashtag på Instagram inden jul 2027"),
    ex("sales", En, "Sell 250 pre-ordered Easter hampers through the webshop by 1 April 2027"),
    ex("sales", Nb, "Få 20 signerte oppdrag via LinkedIn innen utgangen av juni 2027"),
    ex("sales", Sv, "Sälja 500 förbeställda tårtor via Instagram till och med nationaldagen 2027"),
    ex("sales", Da, "Få 80 nye betalende medlemmer via Facebook-annoncer inden sæsonstart 2027"),
    ex("brand_awareness", En, "30 % of parents in town should name our swim school unprompted in the spring survey 2027"),
    ex("brand_awareness", Nb, "Folk i bydelen skal tenke på oss når de trenger ny sykkel, målt i en undersøkelse i mai 2027"),
    ex("brand_awareness", Sv, "35 % av villaägarna ska förknippa oss med solceller i mätningen i oktober 2027"),
    ex("brand_awareness", Da, "25 % af gæsterne skal kunne nævne vores vinbar i undersøgelsen i december 2027"),
    ex("inquiries", En, "Get 60 more people a month to write to us on Instagram about fittings by June 2027"),
    ex("inquiries", Nb, "Flere DM-er på Instagram fra folk som vil ha pristilbud, 80 i måneden innen mars 2027"),
    ex("inquiries", Sv, "Få 50 personer i månaden att skriva till oss på Messenger om visningar före maj 2027"),
    ex("inquiries", Da, "At 40 flere om måneden skriver til os på Instagram om leveringstider inden april 2027"),
    ex("renewals", Nb, "Fornyelsesraten for digitale abonnementer skal opp fra 70 % til 80 % innen utgangen av 2027"),
    ex("renewals", Sv, "Förnyelsegraden för årskorten ska upp från 60 % till 72 % under 2027"),
    ex("mentions", En, "Be mentioned in 20 Instagram posts by local food bloggers by the end of Q2 2027"),
    ex("sign_ups", Nb, "120 nye medlemmer i den gratis kundeklubben via SMS-kampanjen innen påske 2027"),
    // Results named by a verb phrase: "skrive sig op", "ringe til os", "be om", "nå ud til", "velge oss".
    ex("sign_ups", Da, "300 flere skal skrive sig op til en gratis prøvetime i fitnesscentret via Instagram inden 1. marts 2027"),
    ex("sign_ups", Nb, "200 nye skal skrive seg på til en gratis prøvetime via Facebook innen 1. april 2027"),
    ex("sign_ups", Sv, "150 personer ska skriva upp sig för en gratis provlektion via Instagram före 1 april 2027"),
    ex("inquiries", En, "Get 40 more homeowners to call us about heat pumps through Facebook by March 2027"),
    ex("inquiries", Nb, "30 flere bedrifter skal ringe oss om regnskap etter LinkedIn-annonsene innen mai 2027"),
    ex("inquiries", Sv, "Få 25 fler villaägare att ringa oss om solceller via Facebook före juni 2027"),
    ex("inquiries", Da, "40 flere skal ringe til os om varmepumper via Facebook inden maj 2027"),
    ex("inquiries", Nb, "50 bedrifter skal be om et tilbud på renhold via LinkedIn innen 1. april 2027"),
    ex("inquiries", Sv, "Få 60 företag att be om en offert via LinkedIn före 30 juni 2027"),
    ex("inquiries", Da, "Få 45 virksomheder til at bede om en demo via LinkedIn inden 1. juni 2027"),
    ex("inquiries", En, "Have 35 schools ask for a price on our science show via Facebook by May 2027"),
    ex("reach", Da, "Vi skal nå ud til 15 000 hundeejere på Facebook inden udgangen af maj 2027"),
    ex("reach", Nb, "Nå ut til 20 000 unge i kommunen med kampanjen på Snapchat innen mars 2027"),
    ex("reach", Sv, "Nå ut till 30 000 studenter på TikTok under våren 2027"),
    ex("new_customers", En, "200 more households choose us as their energy supplier through the TikTok campaign in 2027"),
    ex("new_customers", Nb, "40 nye familier skal velge oss som tannlege etter Facebook-kampanjen innen utgangen av 2027"),
    ex("new_customers", Sv, "50 nya hushåll ska välja oss som elbolag via Instagram-kampanjen under 2027"),
    ex("new_customers", Da, "60 flere familier skal vælge os som tandlæge via Facebook inden udgangen af 2027"),
    // Days whose date moves ("mors dag", "Mother's Day") bound a goal without a fixed date.
    ex("sales", En, "Sell 150 gift cards for the spa through Instagram before Mother's Day"),
    ex("sales", Da, "Sælge 150 gavekort til massage via Instagram inden mors dag"),
    ex("sales", Sv, "Sälja 120 presentkort till spa via Facebook före morsdag"),
    ex("sales", Nb, "Selge 200 gavekort til spa via Facebook før morsdagen"),
    // Our own output named by its format or by streaming: pins, livestreams.
    ex("posts_published", En, "Pin 10 styled rooms a week on Pinterest for the interior shop through 2027"),
    ex("posts_published", Sv, "Vi ska livesända minst sex föreläsningar på YouTube under våren 2027"),
    ex("posts_published", Nb, "Livestreame åtte konserter på YouTube fra konserthuset i løpet av 2027"),
    ex("posts_published", Da, "Livestreame fem koncerter på Facebook fra spillestedet inden sommeren 2027"),
    // Attention: staying, a story's completion, all the way to the end.
    ex("time_spent", Nb, "Seerne av direktesendingene på YouTube skal i snitt bli værende i 15 minutter innen mars 2027"),
    ex("time_spent", Sv, "Besökarna från Instagram ska stanna kvar i webbutiken i minst 3 minuter i snitt under 2027"),
    ex("time_spent", Da, "Seerne skal blive hængende i mindst 10 minutter på vores livestreams på YouTube i 2027"),
    ex("time_spent", En, "Raise story completion on Instagram for the aquarium from 50 % to 65 % by June 2027"),
    ex("time_spent", En, "Average time on the webshop from Pinterest visitors up 25 % by May 2027"),
    ex("time_spent", Sv, "Fler ska titta på våra stories på Instagram hela vägen till slutet under våren 2027"),
    ex("time_spent", Nb, "Flere skal se reelsene våre på Instagram hele veien til slutt innen juni 2027"),
    ex("time_spent", Da, "Flere skal se vores stories på Instagram hele vejen til slut inden juni 2027"),
    ex("saves", En, "More people saving our recipe pins on Pinterest: 800 saves a month by April 2027"),
    ex("saves", Nb, "Flere skal lagre oppskriftene våre på Instagram: 500 lagringer i måneden innen april 2027"),
    ex("saves", Da, "Flere skal gemme vores opskrifter på Instagram: 400 gemte opslag om måneden inden april 2027"),
    ex("followers", Sv, "Öka sidgillningarna på Facebook för biografen med 15 % före 1 maj 2027"),
    ex("donations", Sv, "Öka antalet minnesgåvor via vår webbplats med 20 % under 2027"),
    // People counted for being satisfied are the satisfaction, whatever they did before.
    ex("customer_satisfaction", Nb, "90 % fornøyde kunder blant dem som har bestilt via Instagram innen utgangen av 2027"),
    ex("customer_satisfaction", Da, "Andelen af tilfredse kunder efter en chat på Messenger skal fra 75 % til 88 % inden juni 2027"),
    ex("customer_satisfaction", Sv, "Minst 85 % nöjda kunder bland dem som bokat via Facebook under 2027"),
    ex("customer_satisfaction", En, "92 % satisfied customers among those who booked through Instagram by the end of 2027"),
    // A conversion into buyers is a purchase.
    ex("sales", Sv, "Konvertera 4 % av besökarna från Instagram till köpare under våren 2027"),
    ex("sales", Nb, "Konvertere 3 % av besøkende fra Pinterest til kjøpere innen juni 2027"),
    ex("sales", Da, "Konvertere 5 % af de besøgende fra TikTok til købere inden juni 2027"),
    ex("sales", En, "Convert 3 % of visitors from Pinterest into buyers by June 2027"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::catalogue::{find, metrics};
    use crate::scoring::{assess, GoalInput, PlanContext};

    #[test]
    fn every_example_names_a_catalogue_metric() {
        for e in EXAMPLES {
            assert!(find(e.metric).is_some(), "unknown metric {}", e.metric);
            assert!(!e.text.trim().is_empty(), "{} {:?}", e.metric, e.lang);
        }
    }

    #[test]
    fn every_metric_has_an_example_in_every_language() {
        let mut missing = Vec::new();
        for m in metrics() {
            for lang in Lang::ALL {
                if !EXAMPLES.iter().any(|e| e.metric == m.id && e.lang == lang) {
                    missing.push(format!("{} {}", m.id, lang.code()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "no example for:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_example_scores_on_its_metrics_level() {
        let today = Date::new(2026, 11, 23).unwrap();
        let ctx = PlanContext::new(today);
        let mut misses = Vec::new();
        for e in EXAMPLES {
            let expected = find(e.metric).expect("catalogue metric").level;
            let got = assess(
                &GoalInput {
                    lang: Some(e.lang),
                    ..GoalInput::from_text(e.text)
                },
                &ctx,
            )
            .level;
            if got != expected {
                misses.push(format!(
                    "{} {} expected {} got {}: {}",
                    e.metric,
                    e.lang.code(),
                    expected as u8,
                    got as u8,
                    e.text
                ));
            }
        }
        assert!(
            misses.is_empty(),
            "{} of {} examples score on another level:\n{}",
            misses.len(),
            EXAMPLES.len(),
            misses.join("\n")
        );
    }
}
