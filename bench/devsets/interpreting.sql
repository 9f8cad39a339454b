-- Made-up schema: Hand & Voice Interpreting Ltd, Sheffield (South Yorkshire, UK; money in GBP, ex VAT
-- unless a column says otherwise). Set up in 2015 by Joanne Firth, a BSL/English interpreter, and run
-- from a two-desk office on Arundel Street. It books freelance interpreters -- British Sign Language
-- (and the odd Irish or American Sign Language job) and spoken community languages -- for NHS trusts
-- and GP surgeries, magistrates', crown and family courts and tribunals, schools, colleges and the two
-- universities, councils, South Yorkshire Police, a few charities and small businesses.
--
-- How they work:
--  * every job is an assignment (asgmt) booked for a start and an end time. Interpreters are paid, and
--    clients billed, for at least the minimum call (asgmt.min_hrs), and for any overrun in 15-minute
--    steps. Face to face jobs happen at the client's venue; video jobs are over Teams/Zoom; spoken
--    languages can also be done by telephone.
--  * for face to face jobs the interpreter claims return travel time (we pay it at half their hourly
--    rate), mileage at their own mileage rate, and parking or train fares (travel_clm). Clients on the
--    NHS framework (client.trvl_incl) never see travel on an invoice; everybody else is billed travel
--    time at half the booking rate, 55p a mile and the parking/fares at cost.
--  * late cancellations: less than 48 hours' notice = 100 % of the booked fee, 48 hours to 7 days = 50 %,
--    more notice than that = free. Only charged if an interpreter had been booked; the interpreter gets
--    the same share of their own fee. Joanne sometimes waives the client's fee as goodwill (late_canx.waived)
--    but the interpreter is still paid.
--  * interpreters send us one invoice per calendar month (interp_inv); clients get one invoice per
--    month, early the following month (client_inv + client_inv_ln). A wrong client invoice is voided and
--    raised again under a new number; the voided one keeps its lines.
--  * Sheffield Deaf Hub (a charity) gets its interpreting free: booking rate 0, and a zero invoice for
--    their grant reports.
--
-- Codes (full legends are in the column comments): client.sector H hospital/health, C court/tribunal,
-- S school/college/university, P police (one client), L council, O other; asgmt.asg_st O open, C confirmed,
-- D done, N no-show by the client's person (still charged), X cancelled, U unfilled; asgmt.mode F face to
-- face, V video, T telephone; travel_clm.appr_st P/A/R; interp_inv.st R/Q/A/P; client_inv.st S/P/V/W;
-- client_inv_ln.ln_typ I/T/M/P/C. Nullable dates mean a state: interp.left_dt NULL = still on our books,
-- interp.dbs_dt NULL = no DBS check on file, asgmt.canx_ts NULL = not cancelled, *.paid_dt NULL = unpaid.
--
-- Data: bookings from Tue 2 January 2024 to Mon 30 November 2026. The copy was taken late on Friday
-- 20 November 2026, so later bookings are still open or confirmed, November is not invoiced yet and
-- some October interpreter invoices have not come in. Deterministic (generate_series, modulo arithmetic
-- and hashtext, no random()). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS tmp_im;
DROP TABLE IF EXISTS tmp_cm;
DROP TABLE IF EXISTS tmp_wk;
DROP TABLE IF EXISTS client_inv_ln;
DROP TABLE IF EXISTS client_inv;
DROP TABLE IF EXISTS late_canx;
DROP TABLE IF EXISTS travel_clm;
DROP TABLE IF EXISTS asgmt;
DROP TABLE IF EXISTS interp_inv;
DROP TABLE IF EXISTS interp_qual;
DROP TABLE IF EXISTS qual;
DROP TABLE IF EXISTS interp_lang;
DROP TABLE IF EXISTS client;
DROP TABLE IF EXISTS interp;
DROP TABLE IF EXISTS lang;

-- ---------------------------------------------------------------- lang (languages)
CREATE TABLE lang (
    lang_cd  varchar(3) PRIMARY KEY,
    lang_nm  text NOT NULL,
    sign_yn  char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE lang IS 'Languages we are asked for (interpreting is always to/from English)';
COMMENT ON COLUMN lang.lang_cd IS 'ISO 639-3 style code, e.g. BSL, POL, ARA';
COMMENT ON COLUMN lang.sign_yn IS 'Y = a signed language, N = spoken';

INSERT INTO lang (lang_cd, lang_nm, sign_yn) VALUES
    ('BSL', 'British Sign Language',  'Y'),
    ('ISL', 'Irish Sign Language',    'Y'),
    ('ASL', 'American Sign Language', 'Y'),
    ('POL', 'Polish',                 'N'),
    ('URD', 'Urdu',                   'N'),
    ('PAN', 'Punjabi',                'N'),
    ('ARA', 'Arabic',                 'N'),
    ('RON', 'Romanian',               'N'),
    ('FAS', 'Farsi',                  'N'),
    ('CKB', 'Kurdish Sorani',         'N'),
    ('TIR', 'Tigrinya',               'N'),
    ('CMN', 'Mandarin',               'N'),
    ('YUE', 'Cantonese',              'N'),
    ('POR', 'Portuguese',             'N'),
    ('LIT', 'Lithuanian',             'N'),
    ('SLK', 'Slovak',                 'N'),
    ('BEN', 'Bengali',                'N'),
    ('SOM', 'Somali',                 'N'),
    ('PUS', 'Pashto',                 'N'),
    ('UKR', 'Ukrainian',              'N'),
    ('FRA', 'French',                 'N'),
    ('AMH', 'Amharic',                'N'),
    ('VIE', 'Vietnamese',             'N'),
    ('KIN', 'Kinyarwanda',            'N');

-- ---------------------------------------------------------------- interp (freelance interpreters)
CREATE TABLE interp (
    interp_id  smallint PRIMARY KEY,
    f_nm       text NOT NULL,
    l_nm       text NOT NULL,
    email      text,
    mob_no     varchar(15) NOT NULL,
    home_pc    varchar(4) NOT NULL,
    reg_body   char(1),
    reg_no     varchar(12),
    dbs_dt     date,
    hr_rt      numeric(6,2) NOT NULL,
    mile_rt    numeric(4,2) NOT NULL,
    is_di      boolean NOT NULL DEFAULT false,
    start_dt   date NOT NULL,
    left_dt    date
);
COMMENT ON TABLE interp IS 'Freelance interpreters on our books (they invoice us; none are employees)';
COMMENT ON COLUMN interp.home_pc IS 'postcode district the interpreter travels from, e.g. S11';
COMMENT ON COLUMN interp.reg_body IS 'N = registered with NRCPD (sign), P = on the NRPSI register (spoken), NULL = not registered';
COMMENT ON COLUMN interp.reg_no IS 'registration number with reg_body; NULL when not registered';
COMMENT ON COLUMN interp.dbs_dt IS 'date of the latest enhanced DBS check we have seen; NULL = no DBS on file';
COMMENT ON COLUMN interp.hr_rt IS 'hourly fee the interpreter charges us, GBP';
COMMENT ON COLUMN interp.mile_rt IS 'mileage rate we pay them, GBP per mile';
COMMENT ON COLUMN interp.is_di IS 'true = Deaf interpreter (works alongside a hearing BSL interpreter as relay)';
COMMENT ON COLUMN interp.start_dt IS 'first date they could be booked through us';
COMMENT ON COLUMN interp.left_dt IS 'date they came off our books; NULL = still on our books';

INSERT INTO interp (interp_id, f_nm, l_nm, email, mob_no, home_pc, reg_body, reg_no, dbs_dt, hr_rt, mile_rt, is_di, start_dt, left_dt)
SELECT id, f, l,
       CASE WHEN id % 11 = 4 THEN NULL
            ELSE lower(replace(f, ' ', '')) || '.' || lower(replace(replace(l, ' ', ''), '-', '')) || '@'
                 || (ARRAY['gmail.com','outlook.com','btinternet.com','icloud.com','yahoo.co.uk'])[1 + id % 5] END,
       '07' || lpad(((id::bigint * 48271 * 97) % 1000000000)::text, 9, '0'),
       (ARRAY['S11','S7','S10','S6','S8','S2','S35','S17','S20','S60','S61','S63','S70','S75','DN1',
              'DN4','DN5','LS6','LS11','WF1','HD1','S41','S40','S1','S3','S4','S5','S9','S12','S13'])[1 + (id * 7) % 30],
       CASE WHEN kind IN ('S','D','T') THEN 'N' WHEN id % 5 = 1 THEN NULL ELSE 'P' END,
       CASE WHEN kind IN ('S','D','T') THEN 'NR' || lpad(((id * 7331) % 100000)::text, 5, '0')
            WHEN id % 5 = 1 THEN NULL
            ELSE lpad(((id * 4177) % 100000)::text, 5, '0') END,
       CASE WHEN id % 8 = 5 THEN NULL ELSE date '2021-06-01' + (id * 211) % 1800 END,
       CASE kind WHEN 'S' THEN 34.00 + (id % 5) * 1.50
                 WHEN 'D' THEN 36.00
                 WHEN 'T' THEN 26.00 + (id % 3) * 1.00
                 ELSE 21.00 + (id % 6) * 1.25 END,
       CASE WHEN id % 7 = 2 THEN 0.40 ELSE 0.45 END,
       kind = 'D',
       coalesce(st, date '2012-02-01' + (id * 397) % 3600),
       lft
FROM (VALUES
    ( 1, 'Joanne',    'Firth',       'S', date '2015-03-02', NULL::date),
    ( 2, 'Claire',    'Hollis',      'S', NULL, NULL),
    ( 3, 'Siobhan',   'Doherty',     'S', NULL, NULL),
    ( 4, 'Mark',      'Kettlewell',  'S', NULL, NULL),
    ( 5, 'Rachel',    'Abbott',      'S', NULL, NULL),
    ( 6, 'Gemma',     'Slater',      'S', NULL, NULL),
    ( 7, 'Daniel',    'Price',       'D', NULL, NULL),
    ( 8, 'Helen',     'Marsden',     'S', NULL, NULL),
    ( 9, 'Laura',     'Bramall',     'S', NULL, date '2025-08-29'),
    (10, 'Nicola',    'Turton',      'S', NULL, NULL),
    (11, 'Ciara',     'Byrne',       'S', NULL, NULL),
    (12, 'Amy',       'Lockwood',    'S', NULL, NULL),
    (13, 'Sarah',     'Wragg',       'S', NULL, NULL),
    (14, 'Ben',       'Crossley',    'S', NULL, NULL),
    (15, 'Kirsty',    'Naylor',      'S', date '2024-09-02', NULL),
    (16, 'Tom',       'Hepworth',    'S', NULL, NULL),
    (17, 'Victoria',  'Ibbotson',    'S', NULL, NULL),
    (18, 'Louise',    'Staniforth',  'S', NULL, NULL),
    (19, 'Imran',     'Hussain',     'D', NULL, NULL),
    (20, 'Hannah',    'Beever',      'S', NULL, NULL),
    (21, 'Jodie',     'Mellor',      'T', date '2023-09-01', NULL),
    (22, 'Aoife',     'Kelly',       'S', NULL, NULL),
    (23, 'Paul',      'Senior',      'S', NULL, NULL),
    (24, 'Emma',      'Cutts',       'S', NULL, NULL),
    (25, 'Rebecca',   'Hague',       'S', NULL, date '2024-01-12'),
    (26, 'Chloe',     'Bellamy',     'T', date '2025-06-02', NULL),
    (27, 'Katarzyna', 'Nowak',       'P', NULL, NULL),
    (28, 'Tomasz',    'Wisniewski',  'P', NULL, NULL),
    (29, 'Agnieszka', 'Zielinska',   'P', NULL, NULL),
    (30, 'Shazia',    'Akhtar',      'P', NULL, NULL),
    (31, 'Mohammed',  'Rafiq',       'P', NULL, NULL),
    (32, 'Nasreen',   'Begum',       'P', NULL, NULL),
    (33, 'Gurpreet',  'Kaur',        'P', NULL, NULL),
    (34, 'Harjit',    'Sandhu',      'P', NULL, NULL),
    (35, 'Ahmed',     'Al-Sayed',    'P', NULL, NULL),
    (36, 'Layla',     'Haddad',      'P', NULL, NULL),
    (37, 'Omar',      'Farouk',      'P', NULL, date '2025-01-31'),
    (38, 'Yasmin',    'Nasser',      'P', date '2024-05-13', NULL),
    (39, 'Ionut',     'Popescu',     'P', NULL, NULL),
    (40, 'Elena',     'Munteanu',    'P', NULL, NULL),
    (41, 'Andreea',   'Ionescu',     'P', NULL, NULL),
    (42, 'Reza',      'Karimi',      'P', NULL, NULL),
    (43, 'Maryam',    'Hosseini',    'P', NULL, NULL),
    (44, 'Karwan',    'Ahmed',       'P', NULL, NULL),
    (45, 'Hiwa',      'Rasul',       'P', NULL, NULL),
    (46, 'Senait',    'Tesfaye',     'P', NULL, NULL),
    (47, 'Li',        'Wei',         'P', NULL, NULL),
    (48, 'Zhang',     'Min',         'P', NULL, date '2026-06-30'),
    (49, 'Ka Yan',    'Wong',        'P', NULL, NULL),
    (50, 'Ana',       'Ferreira',    'P', NULL, NULL),
    (51, 'Rasa',      'Petrauskiene','P', NULL, NULL),
    (52, 'Marek',     'Horvath',     'P', NULL, NULL),
    (53, 'Jana',      'Balogova',    'P', NULL, NULL),
    (54, 'Rahima',    'Khatun',      'P', NULL, NULL),
    (55, 'Abdi',      'Warsame',     'P', NULL, NULL),
    (56, 'Zarlasht',  'Noori',       'P', NULL, NULL),
    (57, 'Olena',     'Kovalenko',   'P', date '2024-03-11', NULL),
    (58, 'Martin',    'Dubois',      'P', date '2026-11-09', NULL)
) AS v (id, f, l, kind, st, lft);

-- ---------------------------------------------------------------- interp_lang (who works in which language)
CREATE TABLE interp_lang (
    interp_id  smallint NOT NULL REFERENCES interp (interp_id),
    lang_cd    varchar(3) NOT NULL REFERENCES lang (lang_cd),
    lvl        char(1) NOT NULL,
    PRIMARY KEY (interp_id, lang_cd)
);
COMMENT ON TABLE interp_lang IS 'Languages each interpreter can be booked for (besides English)';
COMMENT ON COLUMN interp_lang.lvl IS 'N = native / first language, F = fluent (professional second language), R = relay only (Deaf interpreters)';

INSERT INTO interp_lang (interp_id, lang_cd, lvl)
SELECT id, 'BSL', CASE WHEN id IN (1, 7, 19, 12) THEN 'N' ELSE 'F' END
FROM generate_series(1, 26) AS id
UNION ALL VALUES
    ( 3, 'ISL', 'F'), (11, 'ISL', 'N'), (22, 'ISL', 'N'), (14, 'ASL', 'F'), ( 7, 'ASL', 'R'),
    (27, 'POL', 'N'), (28, 'POL', 'N'), (29, 'POL', 'N'), (52, 'POL', 'F'),
    (30, 'URD', 'N'), (30, 'PAN', 'F'), (31, 'URD', 'N'), (31, 'PAN', 'N'), (32, 'URD', 'N'), (54, 'URD', 'F'),
    (33, 'PAN', 'N'), (34, 'PAN', 'N'), (34, 'URD', 'F'),
    (35, 'ARA', 'N'), (36, 'ARA', 'N'), (36, 'FRA', 'F'), (37, 'ARA', 'N'), (38, 'ARA', 'N'), (45, 'ARA', 'F'),
    (39, 'RON', 'N'), (40, 'RON', 'N'), (41, 'RON', 'N'),
    (42, 'FAS', 'N'), (42, 'PUS', 'F'), (43, 'FAS', 'N'), (56, 'PUS', 'N'), (56, 'FAS', 'F'),
    (44, 'CKB', 'N'), (45, 'CKB', 'N'),
    (46, 'TIR', 'N'),
    (47, 'CMN', 'N'), (47, 'YUE', 'F'), (48, 'CMN', 'N'), (49, 'YUE', 'N'), (49, 'CMN', 'F'),
    (50, 'POR', 'N'), (51, 'LIT', 'N'),
    (52, 'SLK', 'N'), (53, 'SLK', 'N'),
    (54, 'BEN', 'N'), (55, 'SOM', 'N'),
    (57, 'UKR', 'N'), (58, 'FRA', 'N'), (58, 'KIN', 'F');

-- ---------------------------------------------------------------- qual (qualifications we track)
CREATE TABLE qual (
    qual_id  smallint PRIMARY KEY,
    qual_cd  varchar(8) NOT NULL UNIQUE,
    qual_nm  text NOT NULL,
    legal_yn char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE qual IS 'Qualifications, registrations and checks we keep a record of';
COMMENT ON COLUMN qual.legal_yn IS 'Y = counts as a legal interpreting qualification (what courts, tribunals and police ask for)';

INSERT INTO qual (qual_id, qual_cd, qual_nm, legal_yn) VALUES
    ( 1, 'RSLI',    'Registered Sign Language Interpreter (NRCPD)',          'N'),
    ( 2, 'TSLI',    'Trainee Sign Language Interpreter (NRCPD)',             'N'),
    ( 3, 'RDI',     'Registered Deaf Interpreter (NRCPD)',                   'N'),
    ( 4, 'LGLSL',   'Legal settings post-qualification (sign)',              'Y'),
    ( 5, 'DPSI-L',  'Diploma in Public Service Interpreting - English Law',  'Y'),
    ( 6, 'DPSI-H',  'Diploma in Public Service Interpreting - Health',       'N'),
    ( 7, 'DPSI-LG', 'Diploma in Public Service Interpreting - Local Govt',   'N'),
    ( 8, 'CI3',     'Level 3 Certificate in Community Interpreting',         'N'),
    ( 9, 'MH',      'Mental health settings training',                       'N'),
    (10, 'DBM',     'Deafblind manual and hands-on signing',                 'N'),
    (11, 'NPPV2',   'Police vetting (NPPV level 2)',                         'N'),
    (12, 'CIOLDT',  'CIOL Diploma in Translation',                           'N');

-- ---------------------------------------------------------------- interp_qual (who holds what)
CREATE TABLE interp_qual (
    interp_id   smallint NOT NULL REFERENCES interp (interp_id),
    qual_id     smallint NOT NULL REFERENCES qual (qual_id),
    awarded_dt  date NOT NULL,
    expires_dt  date,
    PRIMARY KEY (interp_id, qual_id)
);
COMMENT ON TABLE interp_qual IS 'Qualifications held by each interpreter (we only record ones we have seen a certificate for)';
COMMENT ON COLUMN interp_qual.expires_dt IS 'NULL = does not expire';

INSERT INTO interp_qual (interp_id, qual_id, awarded_dt, expires_dt)
SELECT i.interp_id, q.qual_id, q.awd, q.exp
FROM interp i
CROSS JOIN LATERAL (
    -- registration / core qualification
    SELECT 1 AS qual_id, i.start_dt - 30 - (i.interp_id * 37) % 400 AS awd, NULL::date AS exp
    WHERE i.reg_body = 'N' AND NOT i.is_di AND i.interp_id NOT IN (21, 26)
    UNION ALL
    SELECT 2, i.start_dt - 60, i.start_dt - 60 + 1826
    WHERE i.interp_id IN (21, 26)
    UNION ALL
    SELECT 2, i.start_dt - 30 - (i.interp_id * 37) % 400 - 1100, i.start_dt - 30 - (i.interp_id * 37) % 400
    WHERE i.reg_body = 'N' AND NOT i.is_di AND i.interp_id % 4 = 0
    UNION ALL
    SELECT 3, i.start_dt - 90, NULL WHERE i.is_di
    UNION ALL
    SELECT 4, least(i.start_dt + 400 + (i.interp_id * 53) % 900, date '2023-05-19'), NULL
    WHERE i.interp_id IN (1, 2, 4, 8, 13, 17, 23)
    -- spoken languages
    UNION ALL
    SELECT 5, i.start_dt - 200 + (i.interp_id * 29) % 300, NULL
    WHERE i.interp_id >= 27 AND (i.interp_id % 3 = 0 OR i.interp_id IN (35, 44, 31)) AND i.reg_body IS NOT NULL
    UNION ALL
    SELECT 6, i.start_dt - 150 + (i.interp_id * 31) % 500, NULL
    WHERE i.interp_id >= 27 AND i.interp_id % 3 = 1 AND i.reg_body IS NOT NULL
    UNION ALL
    SELECT 7, i.start_dt + (i.interp_id * 41) % 700, NULL
    WHERE i.interp_id >= 27 AND i.interp_id % 4 = 2 AND i.reg_body IS NOT NULL
    UNION ALL
    SELECT 8, i.start_dt - 365, NULL
    WHERE i.interp_id >= 27 AND (i.interp_id % 3 = 2 OR i.reg_body IS NULL)
    -- extras
    UNION ALL
    SELECT 9, date '2021-03-01' + (i.interp_id * 173) % 1500, date '2021-03-01' + (i.interp_id * 173) % 1500 + 1095
    WHERE i.interp_id IN (5, 12, 18, 30, 42, 46, 3)
    UNION ALL
    SELECT 10, i.start_dt + 500, NULL WHERE i.interp_id IN (1, 5, 7, 20)
    UNION ALL
    SELECT 11, date '2021-09-01' + (i.interp_id * 251) % 1700, date '2021-09-01' + (i.interp_id * 251) % 1700 + 1095
    WHERE i.interp_id IN (1, 2, 13, 23, 27, 30, 35, 39, 44, 8, 53)
) q
WHERE q.awd <= date '2026-11-20';

-- ---------------------------------------------------------------- client (client organisations)
CREATE TABLE client (
    client_id  smallint PRIMARY KEY,
    client_nm  text NOT NULL,
    sector     char(1) NOT NULL,
    city       text NOT NULL,
    bkg_email  text,
    po_reqd    boolean NOT NULL DEFAULT false,
    trvl_incl  boolean NOT NULL DEFAULT false,
    pay_terms  smallint NOT NULL DEFAULT 30,
    on_stop    char(1) NOT NULL DEFAULT 'N',
    opened_dt  date NOT NULL
);
COMMENT ON TABLE client IS 'Client organisations that book interpreters through us';
COMMENT ON COLUMN client.sector IS 'H = hospital, NHS trust, GP or hospice; C = court or tribunal; S = school, college or university; P = police; L = local council; O = other (charities, solicitors, businesses)';
COMMENT ON COLUMN client.bkg_email IS 'address booking confirmations go to; NULL = they book by phone';
COMMENT ON COLUMN client.po_reqd IS 'true = every booking must carry their purchase order number or the invoice bounces';
COMMENT ON COLUMN client.trvl_incl IS 'true = NHS framework contract: travel is included in the hourly rate and never billed to them';
COMMENT ON COLUMN client.pay_terms IS 'days from invoice date to due date';
COMMENT ON COLUMN client.on_stop IS 'Y = account on stop (no new bookings until they pay), N = fine';

INSERT INTO client (client_id, client_nm, sector, city, bkg_email, po_reqd, trvl_incl, pay_terms, on_stop, opened_dt) VALUES
    ( 1, 'Sheffield Teaching Hospitals NHS FT',          'H', 'Sheffield',  'interpreting.requests@sth.example.nhs.uk', true,  true,  30, 'N', date '2016-02-01'),
    ( 2, 'Sheffield Children''s NHS FT',                 'H', 'Sheffield',  'languages@sch.example.nhs.uk',             true,  true,  30, 'N', date '2016-09-12'),
    ( 3, 'Barnsley Hospital NHS FT',                     'H', 'Barnsley',   'pals@barnsley.example.nhs.uk',             true,  true,  45, 'N', date '2018-04-03'),
    ( 4, 'The Rotherham NHS FT',                         'H', 'Rotherham',  'bookings@trft.example.nhs.uk',             false, false, 30, 'N', date '2019-01-14'),
    ( 5, 'Doncaster and Bassetlaw Teaching Hospitals',   'H', 'Doncaster',  'interpreters@dbth.example.nhs.uk',         true,  true,  60, 'N', date '2020-06-01'),
    ( 6, 'Sheffield Health and Social Care NHS FT',      'H', 'Sheffield',  'access@shsc.example.nhs.uk',               true,  false, 30, 'N', date '2017-03-20'),
    ( 7, 'Porter Brook Medical Centre',                  'H', 'Sheffield',  NULL,                                       false, false, 14, 'N', date '2019-07-08'),
    ( 8, 'Darnall Primary Care Centre',                  'H', 'Sheffield',  'reception@darnallpcc.example.co.uk',       false, false, 14, 'Y', date '2021-10-04'),
    ( 9, 'St Luke''s Hospice',                           'H', 'Sheffield',  'admin@stlukes.example.org.uk',             false, false, 30, 'N', date '2022-05-16'),
    (10, 'HMCTS Sheffield Magistrates'' Court',          'C', 'Sheffield',  'sheffield.mc.listing@hmcts.example.gov.uk', true,  false, 30, 'N', date '2015-11-02'),
    (11, 'HMCTS Sheffield Crown Court',                  'C', 'Sheffield',  'sheffield.cc.listing@hmcts.example.gov.uk', true,  false, 30, 'N', date '2016-05-09'),
    (12, 'HMCTS Doncaster Magistrates'' Court',          'C', 'Doncaster',  'doncaster.mc@hmcts.example.gov.uk',        true,  false, 30, 'N', date '2025-03-03'),
    (13, 'Employment Tribunal (Sheffield)',              'C', 'Sheffield',  'et.sheffield@hmcts.example.gov.uk',        true,  false, 30, 'N', date '2018-08-20'),
    (14, 'Family Court at Sheffield',                    'C', 'Sheffield',  'family.sheffield@hmcts.example.gov.uk',    true,  false, 30, 'N', date '2017-01-09'),
    (15, 'First-tier Tribunal (Immigration and Asylum)', 'C', 'Bradford',   'iac.bradford@hmcts.example.gov.uk',        true,  false, 30, 'N', date '2019-02-25'),
    (16, 'Sheffield Hallam University - Disabled Student Support', 'S', 'Sheffield', 'dss@shu.example.ac.uk',          true,  false, 30, 'N', date '2015-09-14'),
    (17, 'University of Sheffield - Disability and Dyslexia Support', 'S', 'Sheffield', 'dds@sheffield.example.ac.uk', true,  false, 30, 'N', date '2016-09-05'),
    (18, 'The Sheffield College',                        'S', 'Sheffield',  'learning.support@sheffcol.example.ac.uk',  false, false, 30, 'N', date '2018-09-03'),
    (19, 'Longley Park Sixth Form',                      'S', 'Sheffield',  NULL,                                       false, false, 30, 'N', date '2021-09-06'),
    (20, 'Holly Bank Primary School',                    'S', 'Rotherham',  'office@hollybank.example.sch.uk',          false, false, 30, 'N', date '2020-01-06'),
    (21, 'Tapton School',                                'S', 'Sheffield',  'senco@tapton.example.sch.uk',              false, false, 30, 'N', date '2019-09-02'),
    (22, 'Barnsley College',                             'S', 'Barnsley',   'als@barnsley.example.ac.uk',               true,  false, 30, 'N', date '2022-01-10'),
    (23, 'South Yorkshire Police',                       'P', 'Sheffield',  'custody.interpreting@syp.example.police.uk', true, false, 30, 'N', date '2023-04-03'),
    (24, 'Sheffield City Council - Adult Social Care',   'L', 'Sheffield',  'asc.interpreting@sheffield.example.gov.uk', true,  false, 30, 'N', date '2015-06-01'),
    (25, 'Sheffield City Council - Children''s Services','L', 'Sheffield',  'cs.interpreting@sheffield.example.gov.uk', true,  false, 30, 'N', date '2015-06-01'),
    (26, 'Rotherham MBC',                                'L', 'Rotherham',  'interpreting@rotherham.example.gov.uk',    true,  false, 30, 'N', date '2019-05-13'),
    (27, 'City of Doncaster Council',                    'L', 'Doncaster',  NULL,                                       true,  false, 30, 'N', date '2020-11-02'),
    (28, 'Sheffield Deaf Hub',                           'O', 'Sheffield',  'hello@sheffielddeafhub.example.org.uk',    false, false, 30, 'N', date '2015-04-01'),
    (29, 'Citizens Advice Sheffield',                    'O', 'Sheffield',  'bookings@casheffield.example.org.uk',      false, false, 30, 'N', date '2018-03-05'),
    (30, 'Hartley & Moss Solicitors',                    'O', 'Sheffield',  'reception@hartleymoss.example.co.uk',      false, false, 14, 'N', date '2021-02-15'),
    (31, 'Don Valley Housing Association',               'O', 'Rotherham',  'tenancy@donvalleyha.example.org.uk',       true,  false, 30, 'N', date '2022-07-04'),
    (32, 'Meadowhall Retail Ltd',                        'O', 'Sheffield',  'hr@meadowhallretail.example.co.uk',        false, false, 30, 'N', date '2024-04-22'),
    (33, 'Kelham Island Theatre Company',                'O', 'Sheffield',  'access@kelhamtheatre.example.co.uk',       false, false, 14, 'N', date '2026-10-12'),
    (34, 'Penistone Grammar School',                     'S', 'Barnsley',   NULL,                                       false, false, 30, 'N', date '2026-09-07');

-- ---------------------------------------------------------------- interp_inv (invoices interpreters send us)
CREATE TABLE interp_inv (
    iinv_id    integer PRIMARY KEY,
    interp_id  smallint NOT NULL REFERENCES interp (interp_id),
    their_ref  varchar(20) NOT NULL,
    prd_mth    date NOT NULL,
    recv_dt    date NOT NULL,
    fee_amt    numeric(9,2) NOT NULL,
    trvl_amt   numeric(9,2) NOT NULL,
    tot_amt    numeric(9,2) NOT NULL,
    st         char(1) NOT NULL,
    paid_dt    date
);
COMMENT ON TABLE interp_inv IS 'Invoices interpreters send us, one per interpreter per month worked';
COMMENT ON COLUMN interp_inv.their_ref IS 'the interpreter''s own invoice number';
COMMENT ON COLUMN interp_inv.prd_mth IS 'first day of the month the invoice covers';
COMMENT ON COLUMN interp_inv.recv_dt IS 'date the invoice reached us';
COMMENT ON COLUMN interp_inv.fee_amt IS 'interpreting fees, including their share of late cancellation fees, GBP';
COMMENT ON COLUMN interp_inv.trvl_amt IS 'travel time, mileage and parking/fares on approved travel claims, GBP';
COMMENT ON COLUMN interp_inv.tot_amt IS 'fee_amt + trvl_amt (interpreters are not VAT registered)';
COMMENT ON COLUMN interp_inv.st IS 'R = received, not checked yet; Q = queried with the interpreter; A = approved, waiting for the payment run; P = paid';
COMMENT ON COLUMN interp_inv.paid_dt IS 'date we paid it; NULL = not paid yet';

-- ---------------------------------------------------------------- asgmt (assignments / bookings)
CREATE TABLE asgmt (
    asg_id      integer PRIMARY KEY,
    client_id   smallint NOT NULL REFERENCES client (client_id),
    interp_id   smallint REFERENCES interp (interp_id),
    lang_cd     varchar(3) NOT NULL REFERENCES lang (lang_cd),
    req_dt      date NOT NULL,
    start_ts    timestamp NOT NULL,
    end_ts      timestamp NOT NULL,
    mode        char(1) NOT NULL,
    min_hrs     numeric(3,1) NOT NULL,
    bill_rt     numeric(6,2) NOT NULL,
    po_no       varchar(20),
    venue       text,
    asg_st      char(1) NOT NULL,
    canx_ts     timestamp,
    act_end_ts  timestamp,
    iinv_id     integer REFERENCES interp_inv (iinv_id)
);
COMMENT ON TABLE asgmt IS 'Assignments: one row per booking a client made, whether it went ahead or not';
COMMENT ON COLUMN asgmt.interp_id IS 'interpreter booked; NULL = nobody found (yet)';
COMMENT ON COLUMN asgmt.req_dt IS 'date the client asked us for the booking';
COMMENT ON COLUMN asgmt.start_ts IS 'booked start, local time';
COMMENT ON COLUMN asgmt.end_ts IS 'booked end, local time';
COMMENT ON COLUMN asgmt.mode IS 'F = face to face at the venue, V = video remote, T = telephone (spoken languages only)';
COMMENT ON COLUMN asgmt.min_hrs IS 'minimum call in hours: 2 for sign face to face, 1 for sign video and spoken face to face, 0.5 for spoken video/phone';
COMMENT ON COLUMN asgmt.bill_rt IS 'hourly rate charged to the client for this booking, GBP (0 = free, Deaf Hub)';
COMMENT ON COLUMN asgmt.po_no IS 'client purchase order number; NULL = none given';
COMMENT ON COLUMN asgmt.venue IS 'where to go; NULL for video and phone jobs';
COMMENT ON COLUMN asgmt.asg_st IS 'O = open, still looking for an interpreter; C = confirmed, interpreter booked; D = done; N = interpreter attended but the client''s Deaf/non-English-speaking person did not turn up (charged as done); X = cancelled by the client; U = unfilled, nobody could be found and it did not go ahead';
COMMENT ON COLUMN asgmt.canx_ts IS 'when the client cancelled; NULL = not cancelled';
COMMENT ON COLUMN asgmt.act_end_ts IS 'when the job actually finished (from the interpreter''s timesheet); only for done jobs';
COMMENT ON COLUMN asgmt.iinv_id IS 'interpreter invoice that charged us for this booking; NULL = not invoiced by the interpreter yet (or nothing to pay)';

INSERT INTO asgmt (asg_id, client_id, interp_id, lang_cd, req_dt, start_ts, end_ts, mode, min_hrs, bill_rt,
                   po_no, venue, asg_st, canx_ts, act_end_ts, iinv_id)
WITH base AS MATERIALIZED (
    SELECT k,
           (hashtext('c' || k)::bigint + 2147483648) AS hc,
           (hashtext('l' || k)::bigint + 2147483648) AS hl,
           (hashtext('m' || k)::bigint + 2147483648) AS hm,
           (hashtext('t' || k)::bigint + 2147483648) AS ht,
           (hashtext('x' || k)::bigint + 2147483648) AS hx,
           (hashtext('i' || k)::bigint + 2147483648) AS hi,
           (hashtext('o' || k)::bigint + 2147483648) AS ho,
           date '2024-01-02' + floor(1063 * (1.3 * ((k - 1) / 3399.0) - 0.3 * ((k - 1) / 3399.0) ^ 2))::int AS d0
    FROM generate_series(1, 3400) AS k
), cl AS (
    SELECT b.*,
           (ARRAY[1,1,1,1,1,1,1,1,1,1,1,1, 2,2,2,2,2, 3,3,3,3, 4,4,4,4, 5,5,5, 6,6,6,6, 7,7, 8, 9,
                  10,10,10,10,10,10, 11,11,11,11, 12,12, 13,13, 14,14,14, 15,15,
                  16,16,16,16,16, 17,17,17,17, 18,18,18, 19, 20, 21, 22,22,
                  23,
                  24,24,24,24, 25,25,25,25, 26,26, 27,27,
                  28,28, 29,29, 30, 31])[1 + b.hc % 91] AS c0
    FROM base b
), cl2 AS (
    SELECT cl.*,
           CASE WHEN c0 = 12 AND d0 < date '2025-03-10' THEN 10
                WHEN c0 = 20 AND d0 > date '2025-03-31' THEN 21
                ELSE c0 END AS client_id
    FROM cl
), dd AS MATERIALIZED (
    SELECT cl2.*, c.sector,
           -- weekends: only hospitals work Saturdays/Sundays, everyone else moves to the Monday
           least(date '2026-11-30',
                 CASE WHEN extract(isodow FROM d0) = 6 AND (c.sector <> 'H' OR k % 3 <> 0) THEN d0 + 2
                      WHEN extract(isodow FROM d0) = 7 AND (c.sector <> 'H' OR k % 3 <> 0) THEN d0 + 1
                      ELSE d0 END) AS d
    FROM cl2 JOIN client c ON c.client_id = cl2.client_id
), lg AS (
    SELECT dd.*,
           CASE WHEN dd.client_id = 28 THEN 'BSL'
                WHEN hl % 100 < CASE sector WHEN 'S' THEN 78 WHEN 'H' THEN 40 WHEN 'C' THEN 33
                                            WHEN 'L' THEN 50 WHEN 'P' THEN 35 ELSE 45 END
                     THEN CASE WHEN hl % 997 < 22 THEN 'ISL' WHEN hl % 997 < 30 THEN 'ASL' ELSE 'BSL' END
                ELSE (ARRAY['POL','POL','POL','POL','POL','URD','URD','URD','URD','PAN','PAN',
                            'ARA','ARA','ARA','ARA','ARA','RON','RON','RON','RON','FAS','FAS','FAS',
                            'CKB','CKB','CKB','TIR','TIR','CMN','CMN','YUE','POR','LIT','LIT',
                            'SLK','SLK','SLK','BEN','BEN','SOM','SOM','PUS','PUS','UKR','UKR','UKR',
                            'FRA','AMH','VIE','ARA','POL','URD'])[1 + (hl / 1000) % 52] END AS lang0
    FROM dd
), lg2 AS MATERIALIZED (
    SELECT lg.*,
           CASE WHEN lang0 = 'UKR' AND d < date '2024-03-18' THEN 'POL'
                WHEN lang0 = 'VIE' AND k % 2 = 0 THEN 'CMN'
                ELSE lang0 END AS lang_cd,
           (SELECT sign_yn FROM lang WHERE lang_cd = lang0) AS sign_yn
    FROM lg
), tm AS (
    SELECT lg2.*,
           CASE WHEN sign_yn = 'Y' THEN CASE WHEN hm % 100 < 13 AND sector <> 'C' THEN 'V' ELSE 'F' END
                WHEN sector IN ('C', 'P') THEN CASE WHEN hm % 100 < 15 THEN 'V' ELSE 'F' END
                WHEN hm % 100 < 22 THEN 'T'
                WHEN hm % 100 < 38 THEN 'V'
                ELSE 'F' END AS mode,
           CASE sector
                WHEN 'C' THEN (ARRAY[time '09:30', time '10:00', time '10:00', time '14:00', time '09:45'])[1 + ht % 5]
                WHEN 'S' THEN (ARRAY[time '08:45', time '09:00', time '13:00', time '10:30', time '08:45', time '14:00'])[1 + ht % 6]
                WHEN 'H' THEN time '08:00' + ((ht % 35) * 15) * interval '1 minute'
                ELSE time '09:00' + ((ht % 29) * 15) * interval '1 minute' END AS st_tm
    FROM lg2
), du AS MATERIALIZED (
    SELECT tm.*,
           CASE WHEN mode = 'T' THEN (ARRAY[20, 30, 30, 45, 60])[1 + (ht / 100) % 5]
                WHEN mode = 'V' THEN (ARRAY[30, 45, 60, 60, 90])[1 + (ht / 100) % 5]
                WHEN sector = 'C' THEN CASE WHEN st_tm = time '14:00' THEN (ARRAY[60, 120, 150])[1 + (ht / 100) % 3]
                                            ELSE (ARRAY[120, 180, 210, 390, 120, 360])[1 + (ht / 100) % 6] END
                WHEN sector = 'S' THEN CASE WHEN st_tm >= time '13:00' THEN (ARRAY[60, 90, 120])[1 + (ht / 100) % 3]
                                            ELSE (ARRAY[60, 90, 180, 240, 390, 120])[1 + (ht / 100) % 6] END
                WHEN sector = 'H' THEN (ARRAY[60, 60, 90, 120, 45, 60, 180, 30])[1 + (ht / 100) % 8]
                ELSE (ARRAY[60, 90, 120, 180, 240, 60])[1 + (ht / 100) % 6] END AS dur_min,
           CASE sector WHEN 'C' THEN (ARRAY[1, 2, 3, 7, 14, 21, 2])[1 + (ht / 7) % 7]
                       WHEN 'H' THEN (ARRAY[0, 1, 2, 5, 7, 14, 28, 3])[1 + (ht / 7) % 8]
                       WHEN 'S' THEN (ARRAY[7, 14, 30, 45, 10])[1 + (ht / 7) % 5]
                       ELSE (ARRAY[2, 5, 10, 20, 4])[1 + (ht / 7) % 5] END AS lead_dy
    FROM tm
), cnd AS MATERIALIZED (
    SELECT il.lang_cd, i.interp_id, i.start_dt, i.left_dt,
           -- how much work each interpreter takes: the owner and the Deaf interpreters only a little
           CASE WHEN i.interp_id = 1 THEN 0.25 WHEN i.is_di THEN 0.04 WHEN i.interp_id IN (21, 26) THEN 0.5
                WHEN il.lvl = 'F' AND i.interp_id > 26 THEN 0.35
                ELSE 0.6 + ((i.interp_id * 7) % 5) * 0.35 END AS wt,
           EXISTS (SELECT 1 FROM interp_qual iq JOIN qual q ON q.qual_id = iq.qual_id
                   WHERE iq.interp_id = i.interp_id AND q.legal_yn = 'Y') AS legal
    FROM interp_lang il JOIN interp i ON i.interp_id = il.interp_id
    WHERE il.lvl <> 'R'
), pk AS MATERIALIZED (
    SELECT du.*,
           (SELECT cnd.interp_id
            FROM cnd
            WHERE cnd.lang_cd = du.lang_cd
              AND cnd.start_dt <= du.d AND (cnd.left_dt IS NULL OR cnd.left_dt >= du.d)
              AND NOT (cnd.interp_id IN (21, 26) AND du.sector IN ('C', 'P'))
            ORDER BY CASE WHEN du.sector IN ('C', 'P') AND du.k % 5 <> 0 THEN NOT cnd.legal ELSE false END,
                     ((hashtext(cnd.interp_id || '-' || du.k)::bigint + 2147483648) % 1000) / cnd.wt,
                     cnd.interp_id
            LIMIT 1) AS cand
    FROM du
), st AS (
    SELECT pk.*,
           (d + st_tm) AS start_ts,
           (d + st_tm) + dur_min * interval '1 minute' AS end_ts,
           greatest(date '2024-01-02', d - lead_dy) AS req_dt,
           CASE WHEN hi % 100 < 3 THEN NULL
                WHEN (d + st_tm) > timestamp '2026-11-20 23:00' AND hi % 100 < 28 THEN NULL
                ELSE cand END AS interp_id,
           hx % 1000 < 95 AS canx0,
           (ARRAY[3, 20, 40, 60, 120, 200, 240, 336, 500, 720, 900, 30])[1 + (hx / 1000) % 12] AS notice_h
    FROM pk
), cx AS (
    SELECT st.*,
           CASE WHEN canx0 THEN least(start_ts - interval '30 minutes',
                                     greatest(start_ts - notice_h * interval '1 hour',
                                              req_dt + time '08:30' + ((hx / 10000) % 480) * interval '1 minute'))
           END AS canx_ts0
    FROM st
), s2 AS MATERIALIZED (
    SELECT cx.*,
           CASE WHEN canx_ts0 <= timestamp '2026-11-20 23:00' THEN canx_ts0 END AS canx_ts
    FROM cx
)
SELECT k, client_id, interp_id, lang_cd, req_dt, start_ts, end_ts, mode,
       CASE WHEN sign_yn = 'Y' THEN CASE WHEN mode = 'F' THEN 2.0 ELSE 1.0 END
            ELSE CASE WHEN mode = 'F' THEN 1.0 ELSE 0.5 END END,
       CASE WHEN client_id = 28 THEN 0.00
            ELSE (CASE WHEN sign_yn = 'Y' THEN (ARRAY[58.00, 60.00, 62.50])[extract(year FROM d)::int - 2023]
                       WHEN mode = 'F' THEN (ARRAY[40.00, 42.00, 44.00])[extract(year FROM d)::int - 2023]
                       WHEN mode = 'V' THEN (ARRAY[36.00, 38.00, 40.00])[extract(year FROM d)::int - 2023]
                       ELSE (ARRAY[34.00, 36.00, 38.00])[extract(year FROM d)::int - 2023] END)
                  + CASE WHEN sector IN ('C', 'P') THEN CASE WHEN sign_yn = 'Y' THEN 7.50 ELSE 5.00 END ELSE 0 END
                  - CASE WHEN sign_yn = 'Y' AND mode = 'V' THEN 5.00 ELSE 0 END
                  - CASE WHEN client_id IN (1, 2, 3, 5) THEN 3.00 ELSE 0 END END,
       CASE WHEN NOT (SELECT po_reqd FROM client c WHERE c.client_id = s2.client_id) THEN NULL
            WHEN ho % 100 < 6 THEN NULL
            ELSE (ARRAY['PO','4500','HMC-','SCC/'])[1 + client_id % 4] || lpad(((ho / 100) % 1000000)::text, 6, '0') END,
       CASE WHEN mode <> 'F' THEN NULL
            ELSE CASE sector
                 WHEN 'H' THEN (ARRAY['Outpatients','Maternity Unit','Ward 4','Ward 7','A&E','Audiology',
                                      'Physiotherapy','Diabetes Clinic','Oncology Day Unit','Fracture Clinic'])[1 + (ho / 7) % 10]
                 WHEN 'C' THEN (ARRAY['Court 1','Court 2','Court 3','Court 5','Hearing Room B'])[1 + (ho / 7) % 5]
                 WHEN 'S' THEN (ARRAY['Main Campus','Learning Support Base','Lecture Theatre 2','Science Block','Library'])[1 + (ho / 7) % 5]
                 WHEN 'P' THEN (ARRAY['Shepcote Lane Custody Suite','Snig Hill','Attercliffe Police Station'])[1 + (ho / 7) % 3]
                 ELSE (ARRAY['Main Office','Client''s home','Community Centre','Town Hall'])[1 + (ho / 7) % 4] END
            END,
       CASE WHEN canx_ts IS NOT NULL THEN 'X'
            WHEN interp_id IS NULL AND start_ts <= timestamp '2026-11-20 23:00' THEN 'U'
            WHEN interp_id IS NULL THEN 'O'
            WHEN start_ts > timestamp '2026-11-20 23:00' THEN 'C'
            WHEN ho % 150 = 7 THEN 'N'
            ELSE 'D' END,
       canx_ts,
       CASE WHEN canx_ts IS NULL AND interp_id IS NOT NULL AND start_ts <= timestamp '2026-11-20 23:00' AND ho % 150 <> 7
            THEN end_ts + CASE WHEN (ho / 1000) % 100 < 12 THEN interval '15 minutes'
                               WHEN (ho / 1000) % 100 < 17 THEN interval '30 minutes'
                               WHEN (ho / 1000) % 100 < 19 THEN interval '60 minutes'
                               WHEN (ho / 1000) % 100 < 25 AND dur_min >= 90 THEN interval '-30 minutes'
                               WHEN (ho / 1000) % 100 < 27 THEN interval '5 minutes'
                               ELSE interval '0' END
       END,
       NULL::integer
FROM s2;

-- the diary never double-books anyone: a booking that clashes (or leaves under half an hour between jobs)
-- with an earlier one for the same interpreter goes to someone else who is free, or to nobody
DO $$
DECLARE
    r   record;
    alt smallint;
BEGIN
    FOR r IN
        SELECT b.asg_id, b.lang_cd, b.start_ts, b.end_ts, b.client_id
        FROM asgmt b
        WHERE b.interp_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM asgmt a
                      WHERE a.interp_id = b.interp_id AND a.asg_id < b.asg_id
                        AND a.start_ts < b.end_ts + interval '30 minutes'
                        AND b.start_ts < a.end_ts + interval '30 minutes')
        ORDER BY b.asg_id
    LOOP
        CONTINUE WHEN NOT EXISTS (
            SELECT 1 FROM asgmt a JOIN asgmt b ON b.asg_id = r.asg_id
            WHERE a.interp_id = b.interp_id AND a.asg_id <> b.asg_id
              AND a.start_ts < b.end_ts + interval '30 minutes'
              AND b.start_ts < a.end_ts + interval '30 minutes');
        SELECT il.interp_id INTO alt
        FROM interp_lang il JOIN interp i ON i.interp_id = il.interp_id
        WHERE il.lang_cd = r.lang_cd AND il.lvl <> 'R' AND NOT i.is_di
          AND i.start_dt <= r.start_ts::date AND (i.left_dt IS NULL OR i.left_dt >= r.start_ts::date)
          AND NOT EXISTS (SELECT 1 FROM asgmt a
                          WHERE a.interp_id = il.interp_id AND a.asg_id <> r.asg_id
                            AND a.start_ts < r.end_ts + interval '30 minutes'
                            AND r.start_ts < a.end_ts + interval '30 minutes')
        ORDER BY (hashtext(il.interp_id || '/' || r.asg_id)::bigint + 2147483648) % 1000, il.interp_id
        LIMIT 1;
        UPDATE asgmt SET interp_id = alt WHERE asg_id = r.asg_id;
    END LOOP;
END $$;

UPDATE asgmt
SET asg_st = CASE asg_st WHEN 'C' THEN 'O' WHEN 'X' THEN 'X' ELSE 'U' END,
    act_end_ts = NULL
WHERE interp_id IS NULL AND asg_st IN ('C', 'D', 'N');

-- ---------------------------------------------------------------- travel_clm (interpreters' travel claims)
CREATE TABLE travel_clm (
    clm_id    integer PRIMARY KEY,
    asg_id    integer NOT NULL UNIQUE REFERENCES asgmt (asg_id),
    clm_dt    date NOT NULL,
    trvl_min  smallint NOT NULL,
    miles     numeric(5,1) NOT NULL,
    park_amt  numeric(6,2) NOT NULL DEFAULT 0,
    appr_st   char(1) NOT NULL
);
COMMENT ON TABLE travel_clm IS 'Travel claimed by the interpreter for a face to face job (return journey); no row = nothing claimed';
COMMENT ON COLUMN travel_clm.clm_dt IS 'date the claim was submitted';
COMMENT ON COLUMN travel_clm.trvl_min IS 'return travel time claimed, minutes';
COMMENT ON COLUMN travel_clm.miles IS 'return miles claimed (0 = went by bus/train, fare is in park_amt)';
COMMENT ON COLUMN travel_clm.park_amt IS 'parking, tolls or public transport fares, GBP';
COMMENT ON COLUMN travel_clm.appr_st IS 'P = pending, A = approved, R = rejected (not paid, not billed)';

INSERT INTO travel_clm (clm_id, asg_id, clm_dt, trvl_min, miles, park_amt, appr_st)
WITH c AS (
    SELECT a.asg_id, a.client_id, a.interp_id, a.start_ts,
           (hashtext('tc' || a.asg_id)::bigint + 2147483648) AS h,
           c.city, c.sector
    FROM asgmt a JOIN client c ON c.client_id = a.client_id
    WHERE a.mode = 'F' AND a.asg_st IN ('D', 'N')
), m AS (
    SELECT c.*,
           CASE WHEN h % 10 = 0 THEN 0.0
                ELSE round((CASE city WHEN 'Sheffield' THEN 6 WHEN 'Rotherham' THEN 14 WHEN 'Barnsley' THEN 26
                                      WHEN 'Doncaster' THEN 38 ELSE 64 END
                            + (interp_id * 7) % 23 + (h / 10) % 9 + ((h / 100) % 10) / 10.0)::numeric, 1) END AS miles,
           start_ts::date + ((h / 1000) % 12)::int AS clm_dt
    FROM c
    WHERE h % 100 >= 14
)
SELECT row_number() OVER (ORDER BY start_ts, asg_id), asg_id, clm_dt,
       (round(((CASE WHEN miles = 0 THEN 20 + (h / 10) % 9 * 4 ELSE miles END) * 1.7 + 10) / 5) * 5)::smallint,
       miles,
       CASE WHEN miles = 0 THEN (ARRAY[4.60, 6.40, 9.80, 12.50, 18.90])[1 + (h / 10000) % 5]
            WHEN sector = 'H' THEN (ARRAY[0.00, 4.50, 6.00, 6.00, 3.20])[1 + (h / 10000) % 5]
            WHEN city = 'Sheffield' AND (h / 10000) % 3 = 0 THEN 5.50
            ELSE 0.00 END,
       CASE WHEN clm_dt >= date '2026-11-06' OR (h / 100000) % 90 = 0 THEN 'P'
            WHEN (h / 100000) % 35 = 3 OR miles > 90 AND (h / 100000) % 3 = 0 THEN 'R'
            ELSE 'A' END
FROM m
WHERE clm_dt <= date '2026-11-20';

-- ---------------------------------------------------------------- late_canx (late cancellation charges)
CREATE TABLE late_canx (
    asg_id      integer PRIMARY KEY REFERENCES asgmt (asg_id),
    notice_hrs  numeric(6,1) NOT NULL,
    chg_pct     smallint NOT NULL,
    chg_amt     numeric(8,2) NOT NULL,
    intp_amt    numeric(8,2) NOT NULL,
    waived      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE late_canx IS 'Late cancellation charges: one row per booking cancelled with under 7 days notice after an interpreter was booked';
COMMENT ON COLUMN late_canx.notice_hrs IS 'hours between the cancellation and the booked start';
COMMENT ON COLUMN late_canx.chg_pct IS 'share of the booked fee charged: 100 (under 48 hours notice) or 50 (48 hours to 7 days)';
COMMENT ON COLUMN late_canx.chg_amt IS 'fee due from the client, GBP (still recorded when waived)';
COMMENT ON COLUMN late_canx.intp_amt IS 'fee we pay the interpreter for it, GBP';
COMMENT ON COLUMN late_canx.waived IS 'true = Joanne let the client off: not invoiced (the interpreter is still paid)';

INSERT INTO late_canx (asg_id, notice_hrs, chg_pct, chg_amt, intp_amt, waived)
SELECT a.asg_id, n.h,
       CASE WHEN n.h < 48 THEN 100 ELSE 50 END,
       round(greatest(a.min_hrs, extract(epoch FROM a.end_ts - a.start_ts) / 3600.0) * a.bill_rt
             * CASE WHEN n.h < 48 THEN 1.0 ELSE 0.5 END, 2),
       round(greatest(a.min_hrs, extract(epoch FROM a.end_ts - a.start_ts) / 3600.0) * i.hr_rt
             * CASE WHEN n.h < 48 THEN 1.0 ELSE 0.5 END, 2),
       (hashtext('w' || a.asg_id)::bigint + 2147483648) % 8 = 0
FROM asgmt a
JOIN interp i ON i.interp_id = a.interp_id
CROSS JOIN LATERAL (SELECT round((extract(epoch FROM a.start_ts - a.canx_ts) / 3600.0)::numeric, 1) AS h) n
WHERE a.asg_st = 'X' AND n.h < 168;

-- ---------------------------------------------------------------- payable work per booking (loading helper, dropped at the end)
CREATE TABLE tmp_wk AS
SELECT a.asg_id, a.client_id, a.interp_id, a.start_ts, a.asg_st, a.bill_rt,
       date_trunc('month', a.start_ts)::date AS mth,
       CASE WHEN a.asg_st IN ('D', 'N')
            THEN greatest(a.min_hrs,
                          ceil(extract(epoch FROM greatest(coalesce(a.act_end_ts, a.end_ts), a.end_ts) - a.start_ts) / 900.0) / 4.0)
       END AS chg_hrs,
       i.hr_rt, i.mile_rt,
       t.trvl_min, t.miles, t.park_amt, t.appr_st,
       l.chg_amt, l.intp_amt, l.waived
FROM asgmt a
JOIN interp i ON i.interp_id = a.interp_id
LEFT JOIN travel_clm t ON t.asg_id = a.asg_id
LEFT JOIN late_canx l ON l.asg_id = a.asg_id
WHERE a.asg_st IN ('D', 'N') OR l.asg_id IS NOT NULL;

-- interpreter invoices
INSERT INTO interp_inv (iinv_id, interp_id, their_ref, prd_mth, recv_dt, fee_amt, trvl_amt, tot_amt, st, paid_dt)
WITH g AS (
    SELECT interp_id, mth,
           sum(coalesce(round(chg_hrs * hr_rt, 2), 0) + coalesce(intp_amt, 0)) AS fee_amt,
           sum(CASE WHEN appr_st = 'A' THEN round(trvl_min / 60.0 * hr_rt / 2 + miles * mile_rt + park_amt, 2) ELSE 0 END) AS trvl_amt
    FROM tmp_wk
    GROUP BY interp_id, mth
), r AS (
    SELECT g.*,
           (mth + interval '1 month')::date + (interp_id * 3 + extract(month FROM mth)::int * 5) % 19
             + CASE WHEN interp_id IN (23, 41) THEN 25 ELSE 0 END AS recv_dt,
           (hashtext('ii' || interp_id || to_char(mth, 'YYYYMM'))::bigint + 2147483648) AS h
    FROM g
    WHERE mth <= date '2026-10-01'
), r2 AS (
    SELECT r.*,
           recv_dt + 9 + (h % 16)::int AS pay_dt
    FROM r
    WHERE recv_dt <= date '2026-11-20'
)
SELECT row_number() OVER (ORDER BY recv_dt, interp_id),
       interp_id,
       (ARRAY['INV-', 'HV', '', 'JF/', 'No.'])[1 + interp_id % 5]
         || CASE WHEN interp_id % 5 = 1 THEN to_char(mth, 'YYMM')
                 ELSE (100 + row_number() OVER (PARTITION BY interp_id ORDER BY mth))::text END,
       mth, recv_dt, fee_amt, trvl_amt, fee_amt + trvl_amt,
       CASE WHEN (h / 100) % 40 = 0 THEN 'Q'
            WHEN pay_dt <= date '2026-11-20' THEN 'P'
            WHEN recv_dt <= date '2026-11-14' THEN 'A'
            ELSE 'R' END,
       CASE WHEN (h / 100) % 40 <> 0 AND pay_dt <= date '2026-11-20' THEN pay_dt END
FROM r2;

UPDATE asgmt a SET iinv_id = v.iinv_id
FROM tmp_wk JOIN interp_inv v ON v.interp_id = tmp_wk.interp_id AND v.prd_mth = tmp_wk.mth
WHERE a.asg_id = tmp_wk.asg_id;

-- ---------------------------------------------------------------- client_inv (our invoices to clients)
CREATE TABLE client_inv (
    inv_no     integer PRIMARY KEY,
    client_id  smallint NOT NULL REFERENCES client (client_id),
    inv_dt     date NOT NULL,
    due_dt     date NOT NULL,
    net_amt    numeric(10,2) NOT NULL,
    vat_amt    numeric(10,2) NOT NULL,
    st         char(1) NOT NULL,
    paid_dt    date
);
COMMENT ON TABLE client_inv IS 'Our invoices to clients, one per client per month of work (plus voided ones)';
COMMENT ON COLUMN client_inv.net_amt IS 'total before VAT, GBP (sum of its lines)';
COMMENT ON COLUMN client_inv.vat_amt IS 'VAT at 20 %, GBP';
COMMENT ON COLUMN client_inv.st IS 'S = sent, awaiting payment; P = paid; V = void (raised in error, replaced by a new invoice); W = written off (will never be paid)';
COMMENT ON COLUMN client_inv.paid_dt IS 'date the money arrived; NULL = not paid';

-- ---------------------------------------------------------------- client_inv_ln (lines on client invoices)
CREATE TABLE client_inv_ln (
    ln_id     integer PRIMARY KEY,
    inv_no    integer NOT NULL REFERENCES client_inv (inv_no),
    asg_id    integer NOT NULL REFERENCES asgmt (asg_id),
    ln_typ    char(1) NOT NULL,
    qty       numeric(7,2) NOT NULL,
    unit_amt  numeric(8,2) NOT NULL,
    line_amt  numeric(9,2) NOT NULL
);
COMMENT ON TABLE client_inv_ln IS 'Invoice lines: one or more per booking charged';
COMMENT ON COLUMN client_inv_ln.ln_typ IS 'I = interpreting time (hours), T = travel time (hours), M = mileage (miles), P = parking / fares, C = late cancellation fee';
COMMENT ON COLUMN client_inv_ln.line_amt IS 'qty x unit_amt, GBP ex VAT';

CREATE TABLE tmp_cm AS
SELECT g.client_id, g.mth, g.inv_dt, g.void_too,
       (hashtext('ci' || g.client_id || to_char(g.mth, 'YYYYMM'))::bigint + 2147483648) AS h
FROM (
    SELECT client_id, mth,
           (mth + interval '1 month')::date + 1 + client_id % 4 AS inv_dt,
           (hashtext('v' || client_id || to_char(mth, 'YYYYMM'))::bigint + 2147483648) % 45 = 0 AS void_too
    FROM tmp_wk
    WHERE mth <= date '2026-10-01' AND (asg_st IN ('D', 'N') OR NOT waived)
    GROUP BY client_id, mth
) g;

INSERT INTO client_inv (inv_no, client_id, inv_dt, due_dt, net_amt, vat_amt, st, paid_dt)
WITH rw AS (
    SELECT client_id, mth, inv_dt - 2 AS inv_dt, true AS is_void, h FROM tmp_cm WHERE void_too
    UNION ALL
    SELECT client_id, mth, inv_dt, false, h FROM tmp_cm
), n AS (
    SELECT r.*, c.pay_terms,
           r.inv_dt + c.pay_terms
             + (ARRAY[-12, -3, 0, 2, 5, 9, 14, 21, 35, 60])[1 + (r.h / 10) % 10] AS pay_dt
    FROM rw r JOIN client c ON c.client_id = r.client_id
)
SELECT 24000 + row_number() OVER (ORDER BY inv_dt, client_id, is_void DESC),
       client_id, inv_dt, inv_dt + pay_terms, 0, 0,
       CASE WHEN is_void THEN 'V'
            WHEN client_id = 20 AND mth >= date '2024-12-01' THEN 'W'
            WHEN client_id = 28 THEN 'P'
            WHEN h % 55 = 0 THEN 'S'
            WHEN pay_dt <= date '2026-11-20' THEN 'P'
            ELSE 'S' END,
       CASE WHEN is_void OR (client_id = 20 AND mth >= date '2024-12-01') THEN NULL
            WHEN client_id = 28 THEN inv_dt
            WHEN h % 55 = 0 THEN NULL
            WHEN pay_dt <= date '2026-11-20' THEN pay_dt END
FROM n;

-- which invoice each month's work went on (the live one, and the void one where there was one)
CREATE TABLE tmp_im AS
SELECT v.inv_no, v.client_id, tmp_cm.mth
FROM client_inv v
JOIN tmp_cm ON tmp_cm.client_id = v.client_id
       AND (v.inv_dt = tmp_cm.inv_dt OR (tmp_cm.void_too AND v.inv_dt = tmp_cm.inv_dt - 2));

INSERT INTO client_inv_ln (ln_id, inv_no, asg_id, ln_typ, qty, unit_amt, line_amt)
WITH l AS (
    SELECT tmp_im.inv_no, w.asg_id, 1 AS o, 'I' AS ln_typ, w.chg_hrs AS qty, w.bill_rt AS unit_amt
    FROM tmp_wk w JOIN tmp_im ON tmp_im.client_id = w.client_id AND tmp_im.mth = w.mth
    WHERE w.asg_st IN ('D', 'N')
    UNION ALL
    SELECT tmp_im.inv_no, w.asg_id, 2, 'T', round(w.trvl_min / 60.0, 2), round(w.bill_rt / 2, 2)
    FROM tmp_wk w JOIN tmp_im ON tmp_im.client_id = w.client_id AND tmp_im.mth = w.mth
    JOIN client c ON c.client_id = w.client_id
    WHERE w.appr_st = 'A' AND NOT c.trvl_incl AND w.bill_rt > 0
    UNION ALL
    SELECT tmp_im.inv_no, w.asg_id, 3, 'M', w.miles, 0.55
    FROM tmp_wk w JOIN tmp_im ON tmp_im.client_id = w.client_id AND tmp_im.mth = w.mth
    JOIN client c ON c.client_id = w.client_id
    WHERE w.appr_st = 'A' AND NOT c.trvl_incl AND w.bill_rt > 0 AND w.miles > 0
    UNION ALL
    SELECT tmp_im.inv_no, w.asg_id, 4, 'P', 1, w.park_amt
    FROM tmp_wk w JOIN tmp_im ON tmp_im.client_id = w.client_id AND tmp_im.mth = w.mth
    JOIN client c ON c.client_id = w.client_id
    WHERE w.appr_st = 'A' AND NOT c.trvl_incl AND w.bill_rt > 0 AND w.park_amt > 0
    UNION ALL
    SELECT tmp_im.inv_no, w.asg_id, 5, 'C', 1, w.chg_amt
    FROM tmp_wk w JOIN tmp_im ON tmp_im.client_id = w.client_id AND tmp_im.mth = w.mth
    WHERE w.chg_amt IS NOT NULL AND NOT w.waived
)
SELECT row_number() OVER (ORDER BY inv_no, asg_id, o), inv_no, asg_id, ln_typ, qty, unit_amt, round(qty * unit_amt, 2)
FROM l;

UPDATE client_inv v SET net_amt = s.net, vat_amt = round(s.net * 0.20, 2)
FROM (SELECT inv_no, sum(line_amt) AS net FROM client_inv_ln GROUP BY inv_no) s
WHERE s.inv_no = v.inv_no;

-- helper tables used while loading
DROP TABLE tmp_im;
DROP TABLE tmp_cm;
DROP TABLE tmp_wk;
