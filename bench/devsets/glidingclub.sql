-- Made-up schema: Kestrel Edge Gliding Club (KEGC), a volunteer-run gliding club on a hill-top farm
-- strip at Brackenridge Moor (North Yorkshire, UK; money in GBP). Nobody is paid: members instruct,
-- drive the winch, fly the tugs and run the launch point in turn, following a duty roster.
-- Habits:
--  * The club flies on Wednesdays, Saturdays and Sundays all year, plus Fridays from May to August,
--    weather permitting. Every planned day is a row in fly_day, flown or not (day_st legend).
--  * Most launches are by winch (cheap); aerotows (towed up behind a tug) are only on Fri/Sat/Sun
--    when a tug pilot is rostered. The syndicate's Arcus M can launch itself ('S', rare).
--  * Launch fees come from the rate card (lnch_fee: winch flat fee, aerotow to 2000 ft plus a charge
--    for every started 1000 ft above that; juniors get a discount). Club gliders also cost a soaring
--    fee per hour of flight (capped at 3 hours); private and syndicate gliders pay no soaring fee.
--    A cable break (brk_yn) is not charged. Trial-lesson voucher flights are prepaid: no pilot member,
--    fees recorded as 0. The log keeper voids (void_yn = 'Y') entries logged in error; they are not
--    real launches and are never charged.
--  * Every member has a flying account: they top it up (TU) by transfer or card and each launch
--    they fly is charged to it (FL, negative amount; cable breaks are posted as 0.00). Balance = sum(amt).
--    Balances carried over from the old spreadsheet were posted on 2024-01-01 (OB). Members who leave
--    get a positive balance refunded (RF).
--  * Subscriptions run for the calendar year (joiners pay pro rata from the day they join);
--    course members take a 3-month temporary membership.
-- Data: January 2024 to 30 November 2026 (older join, solo and badge dates come from the club's
-- records). Deterministic (generate_series, modulo and hashtext; no random()). Re-runnable:
-- tables are dropped children first.

DROP TABLE IF EXISTS acct_txn;
DROP TABLE IF EXISTS lnch;
DROP TABLE IF EXISTS day_roster;
DROP TABLE IF EXISTS fly_day;
DROP TABLE IF EXISTS lnch_fee;
DROP TABLE IF EXISTS mbr_bdg;
DROP TABLE IF EXISTS bdg;
DROP TABLE IF EXISTS tug;
DROP TABLE IF EXISTS glider;
DROP TABLE IF EXISTS instr;
DROP TABLE IF EXISTS mbrship;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members)
CREATE TABLE mbr (
    mbr_id      integer PRIMARY KEY,
    f_nm        text NOT NULL,
    l_nm        text NOT NULL,
    email       text,
    dob         date NOT NULL,
    join_dt     date NOT NULL,
    left_dt     date,
    solo_dt     date,
    tow_plt_yn  boolean NOT NULL DEFAULT false,
    winch_yn    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE mbr IS 'Club members, past and present (one row per person)';
COMMENT ON COLUMN mbr.email IS 'NULL = no email given (gets the newsletter on paper)';
COMMENT ON COLUMN mbr.dob IS 'date of birth';
COMMENT ON COLUMN mbr.left_dt IS 'date the member left the club; NULL = still a member';
COMMENT ON COLUMN mbr.solo_dt IS 'date of first solo flight; NULL = not solo yet (still training, or a non-flying social member)';
COMMENT ON COLUMN mbr.tow_plt_yn IS 'true = qualified tug pilot (can be rostered to fly the tug)';
COMMENT ON COLUMN mbr.winch_yn IS 'true = qualified winch driver';

INSERT INTO mbr (mbr_id, f_nm, l_nm, email, dob, join_dt, left_dt, solo_dt, tow_plt_yn, winch_yn) VALUES
    (1,  'Ron',     'Askew',     NULL,                          date '1942-03-03', date '1979-05-12', NULL, date '1980-02-10', false, false),
    (2,  'Brenda',  'Askew',     'brenda.askew@btinternet.com', date '1946-08-19', date '1981-04-04', NULL, date '1982-06-27', false, false),
    (3,  'Graham',  'Pike',      'graham.pike@kegc.org.uk',     date '1961-11-23', date '1994-03-19', NULL, date '1994-09-03', false, false),
    (4,  'Margaret','Hale',      'mags.hale@gmail.com',         date '1958-02-14', date '1988-05-01', NULL, date '1988-10-15', false, false),
    (5,  'Dev',     'Chaudhry',  'dev.chaudhry@outlook.com',    date '1975-07-30', date '2003-04-12', NULL, date '2003-08-30', false, false),
    (6,  'Alison',  'Fenwick',   'alison.fenwick@gmail.com',    date '1980-01-09', date '2008-06-07', NULL, date '2009-04-18', false, false),
    (7,  'Stuart',  'McBride',   'stu.mcbride@yahoo.co.uk',     date '1966-05-05', date '1999-03-27', NULL, date '1999-07-24', false, true),
    (8,  'Owen',    'Pritchard', 'owen.pritchard@icloud.com',   date '1990-10-12', date '2012-07-14', NULL, date '2013-05-11', false, false),
    (9,  'Kate',    'Lindqvist', 'kate.lindqvist@gmail.com',    date '1984-12-01', date '2010-05-22', NULL, date '2010-09-25', false, false),
    (10, 'Bill',    'Thursby',   NULL,                          date '1950-04-17', date '1985-08-10', NULL, date '1986-03-22', false, false),
    (11, 'Nadia',   'Okoro',     'nadia.okoro@outlook.com',     date '1995-09-21', date '2015-04-25', NULL, date '2015-10-03', false, true),
    (12, 'Peter',   'Vance',     'p.vance@btinternet.com',      date '1970-06-28', date '2001-09-01', NULL, date '2002-05-04', false, false),
    (13, 'Harriet', 'Cole',      'harriet.cole@gmail.com',      date '1972-03-15', date '2006-04-08', NULL, date '2006-09-16', true,  false),
    (14, 'Jim',     'Darrow',    'jim.darrow@outlook.com',      date '1955-11-02', date '1997-05-17', NULL, date '1997-11-08', true,  false),
    (15, 'Colin',   'Ferris',    'colin.ferris@yahoo.co.uk',    date '1968-08-08', date '2011-03-26', NULL, date '2011-08-20', true,  true),
    (16, 'Sue',     'Marchant',  'sue.marchant@kegc.org.uk',    date '1963-01-30', date '2005-06-18', NULL, date '2006-04-29', false, true);

-- members 17-150 joined before 2024, 151-280 joined from January 2024 on.
-- Kept clear of the social / leaver / never-solo patterns: instructors-to-be and glider owners.
INSERT INTO mbr (mbr_id, f_nm, l_nm, email, dob, join_dt, left_dt, solo_dt, tow_plt_yn, winch_yn)
WITH b AS (
    SELECT id,
           (ARRAY['James','Sarah','David','Emma','Michael','Rachel','Chris','Laura','Andrew','Helen',
                  'Tom','Claire','Rob','Fiona','Mark','Joanne','Ian','Lucy','Paul','Anna',
                  'Ben','Megan','Sam','Hannah','Richard','Zoe','Ahmed','Priya','Lukasz','Ewan'])[1 + id % 30] AS fn,
           (ARRAY['Walker','Robinson','Hughes','Wood','Turner','Barker','Shaw','Atkinson','Dixon','Holmes',
                  'Lister','Metcalfe','Harrison','Kaur','Sykes','Burton','Naylor','Pearson','Brennan','Fox',
                  'Gill','Lawson','Nowak','Sutcliffe','Armitage','Hirst','Bell','Quinn','Ellis'])[1 + (id * 7) % 29] AS ln,
           CASE WHEN id <= 150 THEN date '1990-01-01' + (id * 2711) % 12000
                ELSE date '2024-01-06' + (id - 151) * 8 + (id * 13) % 7 END AS join_dt,
           id IN (20, 23, 31, 40, 44, 57, 63, 72, 88, 95, 101, 130, 160) AS keep
    FROM generate_series(17, 280) AS id
), c AS (
    SELECT b.*,
           (id % 17 = 3 AND NOT keep) AS social,
           (id % 6 = 0 AND id > 150 AND NOT keep) AS junior,
           CASE WHEN id = 109 THEN date '2024-09-15'
                WHEN id % 8 = 5 AND NOT keep AND id <= 150 THEN date '2024-02-10' + (id * 37) % 1000
                WHEN id % 8 = 5 AND NOT keep THEN join_dt + 150 + (id * 29) % 400 END AS left0
    FROM b
), d AS (
    SELECT c.*,
           CASE WHEN left0 <= date '2026-11-30' THEN left0 END AS left_dt,
           CASE WHEN social THEN NULL
                WHEN id <= 150 AND id % 9 = 0 AND NOT keep THEN NULL
                WHEN id <= 150 THEN join_dt + 120 + (id * 7) % 420
                WHEN id % 5 = 2 AND NOT keep THEN NULL
                ELSE join_dt + 90 + (id * 53) % 420 END AS solo0
    FROM c
)
SELECT id, fn, ln,
       CASE WHEN id % 6 = 4 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || CASE WHEN id % 4 = 1 THEN (id % 90)::text ELSE '' END || '@'
                 || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','btinternet.com','icloud.com','hotmail.co.uk'])[1 + id % 6] END,
       CASE WHEN junior THEN join_dt - ((14 + (id / 6) % 5) * 365 + (id * 11) % 300)
            ELSE join_dt - ((22 + (id * 7) % 48) * 365 + (id * 11) % 300) END,
       join_dt,
       left_dt,
       CASE WHEN solo0 > date '2026-11-30' THEN NULL
            WHEN left_dt IS NOT NULL AND solo0 >= left_dt THEN NULL
            ELSE solo0 END,
       id IN (22, 47),
       (id % 7 = 2 AND id <= 150 AND NOT social)
FROM d;

-- ---------------------------------------------------------------- mbrship (membership subscriptions)
CREATE TABLE mbrship (
    mshp_id   integer PRIMARY KEY,
    mbr_id    integer NOT NULL REFERENCES mbr (mbr_id),
    cls       char(1) NOT NULL,
    yr_start  date NOT NULL,
    yr_end    date NOT NULL,
    sub_amt   numeric(7,2) NOT NULL,
    paid_dt   date,
    pay_mth   varchar(2)
);
COMMENT ON TABLE mbrship IS 'Membership subscriptions: one row per member per calendar year (or per 3-month temporary membership)';
COMMENT ON COLUMN mbrship.cls IS 'F = full flying, J = junior (under 21 on 1 January), V = veteran (75 and over), S = social (non-flying), T = temporary 3-month course membership, H = honorary (no fee)';
COMMENT ON COLUMN mbrship.yr_start IS 'first day covered (1 January, or the joining day for a new member)';
COMMENT ON COLUMN mbrship.yr_end IS 'last day covered';
COMMENT ON COLUMN mbrship.sub_amt IS 'subscription due, GBP (pro rata in the joining year)';
COMMENT ON COLUMN mbrship.paid_dt IS 'date the subscription was paid; NULL = not paid yet';
COMMENT ON COLUMN mbrship.pay_mth IS 'DD = direct debit, BT = bank transfer, CD = card, CQ = cheque; NULL when unpaid or nothing to pay';

INSERT INTO mbrship (mshp_id, mbr_id, cls, yr_start, yr_end, sub_amt, paid_dt, pay_mth)
WITH y AS (
    SELECT m.*, yy,
           make_date(yy, 1, 1) AS y0, make_date(yy, 12, 31) AS y1,
           (m.mbr_id % 17 = 3 AND m.mbr_id > 16
            AND m.mbr_id NOT IN (20, 23, 31, 40, 44, 57, 63, 72, 88, 95, 101, 130, 160)) AS social,
           (m.join_dt >= make_date(yy, 1, 1)) AS joiner,
           (m.join_dt >= make_date(yy, 1, 1) AND m.mbr_id > 150 AND m.mbr_id % 3 = 1) AS temp
    FROM mbr m CROSS JOIN generate_series(2024, 2026) AS yy
    WHERE m.join_dt <= make_date(yy, 12, 31)
      AND (m.left_dt IS NULL OR m.left_dt >= make_date(yy, 1, 1))
), k AS (
    SELECT y.*,
           CASE WHEN mbr_id IN (1, 2) THEN 'H'
                WHEN temp THEN 'T'
                WHEN social THEN 'S'
                WHEN age(y0, dob) < interval '21 years' THEN 'J'
                WHEN age(y0, dob) >= interval '75 years' THEN 'V'
                ELSE 'F' END AS cls,
           CASE WHEN joiner THEN join_dt ELSE y0 END AS ys,
           CASE WHEN temp THEN (join_dt + interval '3 months' - interval '1 day')::date ELSE y1 END AS ye
    FROM y
), f AS (
    SELECT k.*,
           CASE cls WHEN 'H' THEN 0
                    WHEN 'T' THEN 95
                    ELSE (CASE cls WHEN 'F' THEN (ARRAY[420, 445, 465])[yy - 2023]
                                   WHEN 'J' THEN (ARRAY[150, 160, 170])[yy - 2023]
                                   WHEN 'S' THEN (ARRAY[40, 40, 45])[yy - 2023]
                                   WHEN 'V' THEN (ARRAY[300, 310, 320])[yy - 2023] END)
                          * CASE WHEN joiner THEN (13 - extract(month FROM join_dt)) / 12.0 ELSE 1 END END AS due,
           CASE WHEN mbr_id IN (1, 2) THEN ys
                WHEN yy = 2026 AND mbr_id % 19 = 6 THEN NULL
                WHEN yy IN (2024, 2025) AND mbr_id % 41 = 9 THEN NULL
                WHEN temp AND mbr_id % 23 = 0 THEN NULL
                WHEN joiner THEN join_dt + mbr_id % 5
                WHEN mbr_id % 10 = 7 THEN y0 + 60 + mbr_id % 90
                ELSE greatest(date '2024-01-02', y0 - 20 + (mbr_id * 7) % 50) END AS pd
    FROM k
)
SELECT row_number() OVER (ORDER BY yy, ys, mbr_id), mbr_id, cls, ys, ye, round(due, 0), pd,
       CASE WHEN pd IS NULL OR cls = 'H' THEN NULL
            WHEN mbr_id % 29 = 0 THEN 'CQ'
            ELSE (ARRAY['DD', 'DD', 'BT', 'CD'])[1 + mbr_id % 4] END
FROM f;

-- ---------------------------------------------------------------- instr (instructors)
CREATE TABLE instr (
    instr_id  smallint PRIMARY KEY,
    mbr_id    integer NOT NULL UNIQUE REFERENCES mbr (mbr_id),
    rtg       char(2) NOT NULL,
    since_dt  date NOT NULL,
    stop_dt   date,
    cfi_yn    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE instr IS 'Members holding an instructor rating (volunteers, unpaid)';
COMMENT ON COLUMN instr.rtg IS 'BI = basic instructor, AC = assistant category, FC = full category';
COMMENT ON COLUMN instr.since_dt IS 'date the rating was first issued';
COMMENT ON COLUMN instr.stop_dt IS 'date they stopped instructing; NULL = still instructing';
COMMENT ON COLUMN instr.cfi_yn IS 'true = chief flying instructor';

INSERT INTO instr (instr_id, mbr_id, rtg, since_dt, stop_dt, cfi_yn) VALUES
    (1,  3,  'FC', date '1998-05-16', NULL,              true),
    (2,  4,  'FC', date '1993-04-24', NULL,              false),
    (3,  5,  'FC', date '2009-06-13', NULL,              false),
    (4,  6,  'AC', date '2014-08-02', NULL,              false),
    (5,  7,  'AC', date '2004-05-29', date '2025-06-30', false),
    (6,  8,  'BI', date '2019-07-20', NULL,              false),
    (7,  9,  'AC', date '2016-04-30', NULL,              false),
    (8,  10, 'FC', date '1990-09-08', date '2024-10-31', false),
    (9,  11, 'BI', date '2022-04-02', NULL,              false),
    (10, 12, 'AC', date '2007-03-31', NULL,              false),
    (11, 40, 'BI', date '2025-04-12', NULL,              false),
    (12, 88, 'BI', date '2026-03-01', NULL,              false),
    (13, 23, 'AC', date '2026-11-30', NULL,              false);

-- ---------------------------------------------------------------- glider (club fleet and private gliders based here)
CREATE TABLE glider (
    gl_id         smallint PRIMARY KEY,
    comp_no       varchar(4) NOT NULL UNIQUE,
    reg           varchar(10) NOT NULL,
    typ_nm        varchar(30) NOT NULL,
    seats         smallint NOT NULL,
    own_cd        char(1) NOT NULL,
    owner_mbr_id  integer REFERENCES mbr (mbr_id),
    hr_rt         numeric(6,2) NOT NULL,
    self_lnch_yn  boolean NOT NULL DEFAULT false,
    acq_dt        date NOT NULL,
    out_svc_dt    date
);
COMMENT ON TABLE glider IS 'Gliders flown from the site: the club fleet plus private and syndicate gliders kept here';
COMMENT ON COLUMN glider.comp_no IS 'competition number painted on the fin; what everyone calls the glider';
COMMENT ON COLUMN glider.reg IS 'registration (G-xxxx, or BGA number for old vintage gliders)';
COMMENT ON COLUMN glider.own_cd IS 'C = club owned, P = privately owned, S = syndicate owned';
COMMENT ON COLUMN glider.owner_mbr_id IS 'owner, or syndicate contact; NULL for club gliders';
COMMENT ON COLUMN glider.hr_rt IS 'soaring fee per hour of flight, GBP; 0 = no soaring fee (private / syndicate)';
COMMENT ON COLUMN glider.self_lnch_yn IS 'true = motor glider that can launch itself';
COMMENT ON COLUMN glider.acq_dt IS 'date it joined the fleet / came to the site';
COMMENT ON COLUMN glider.out_svc_dt IS 'date it was sold or left the site; NULL = still here';

INSERT INTO glider (gl_id, comp_no, reg, typ_nm, seats, own_cd, owner_mbr_id, hr_rt, self_lnch_yn, acq_dt, out_svc_dt) VALUES
    (1,  'KE1', 'G-CHKE',   'ASK 21',        2, 'C', NULL, 27.00, false, date '2011-04-01', NULL),
    (2,  'KE2', 'G-CJKE',   'ASK 21',        2, 'C', NULL, 27.00, false, date '2014-03-15', NULL),
    (3,  'KE3', 'G-DDKE',   'ASK 13',        2, 'C', NULL, 18.00, false, date '1992-06-01', date '2025-05-31'),
    (4,  'KE4', 'G-CKEA',   'SZD-51 Junior', 1, 'C', NULL, 15.00, false, date '2009-05-01', NULL),
    (5,  'KE5', 'G-CKEB',   'SZD-51 Junior', 1, 'C', NULL, 15.00, false, date '2013-05-01', NULL),
    (6,  'KE6', 'G-CLKE',   'Discus CS',     1, 'C', NULL, 21.00, false, date '2016-04-01', NULL),
    (7,  'KE7', 'G-CMKE',   'DG-1001',       2, 'C', NULL, 30.00, false, date '2025-06-14', NULL),
    (8,  'KE8', 'G-CNKE',   'ASK 21B',       2, 'C', NULL, 30.00, false, date '2026-11-20', NULL),
    (9,  'H7',  'G-CHSE',   'LS8',           1, 'P', 20,   0.00,  false, date '2012-03-01', NULL),
    (10, 'Y4',  'G-DYFF',   'DG-300',        1, 'S', 31,   0.00,  false, date '2005-04-01', NULL),
    (11, '442', 'G-CFKL',   'LS4',           1, 'P', 44,   0.00,  false, date '2017-05-20', NULL),
    (12, 'K6',  'BGA 1034', 'Ka 6CR',        1, 'P', 57,   0.00,  false, date '1998-06-01', NULL),
    (13, 'TT',  'G-CKTT',   'Duo Discus',    2, 'S', 63,   0.00,  false, date '2019-04-13', NULL),
    (14, '71',  'G-KSEV',   'ASG 29',        1, 'P', 72,   0.00,  false, date '2021-03-27', NULL),
    (15, 'EB',  'G-CEBB',   'Pegase',        1, 'P', 109,  0.00,  false, date '2008-07-01', date '2024-09-15'),
    (16, 'AM',  'G-CAMS',   'Arcus M',       2, 'S', 130,  0.00,  true,  date '2024-05-01', NULL),
    (17, 'Z9',  'G-CZNE',   'Astir CS',      1, 'P', 160,  0.00,  false, date '2025-03-01', NULL);

-- ---------------------------------------------------------------- tug (tow planes)
CREATE TABLE tug (
    tug_id    smallint PRIMARY KEY,
    reg       varchar(10) NOT NULL,
    typ_nm    varchar(40) NOT NULL,
    acq_dt    date NOT NULL,
    sold_dt   date,
    owned_yn  char(1) NOT NULL
);
COMMENT ON COLUMN tug.sold_dt IS 'date it went back / was sold; NULL = still in use';
COMMENT ON COLUMN tug.owned_yn IS 'Y = owned by the club, N = on lease';

INSERT INTO tug (tug_id, reg, typ_nm, acq_dt, sold_dt, owned_yn) VALUES
    (1, 'G-BKTW', 'Piper PA-25 Pawnee 235', date '2009-03-01', NULL,              'Y'),
    (2, 'G-TOWK', 'Robin DR400/180R',       date '2024-10-01', NULL,              'Y'),
    (3, 'G-EFKE', 'Piper PA-18 Super Cub',  date '2002-05-01', date '2024-08-31', 'N');

-- ---------------------------------------------------------------- bdg, mbr_bdg (badges and certificates)
CREATE TABLE bdg (
    bdg_cd  varchar(4) PRIMARY KEY,
    bdg_nm  text NOT NULL,
    seq     smallint NOT NULL
);
COMMENT ON TABLE bdg IS 'Gliding badges and certificates, in the order pilots usually get them (seq)';

INSERT INTO bdg (bdg_cd, bdg_nm, seq) VALUES
    ('SOLO', 'First solo certificate', 1),
    ('BRZ',  'Bronze badge', 2),
    ('XCE',  'Cross-country endorsement', 3),
    ('SLV',  'Silver badge', 4),
    ('GLD',  'Gold badge', 5),
    ('DIA',  'Diamond (any leg)', 6);

CREATE TABLE mbr_bdg (
    mbr_id     integer NOT NULL REFERENCES mbr (mbr_id),
    bdg_cd     varchar(4) NOT NULL REFERENCES bdg (bdg_cd),
    award_dt   date NOT NULL,
    signed_by  smallint REFERENCES instr (instr_id),
    PRIMARY KEY (mbr_id, bdg_cd)
);
COMMENT ON TABLE mbr_bdg IS 'Badges each member holds';
COMMENT ON COLUMN mbr_bdg.signed_by IS 'instructor who signed the claim; NULL = gained at another club';

INSERT INTO mbr_bdg (mbr_id, bdg_cd, award_dt, signed_by)
WITH s AS (
    SELECT mbr_id, solo_dt AS d1,
           CASE WHEN mbr_id % 3 <> 2 THEN solo_dt + 300 + mbr_id % 500 END AS d2,
           CASE WHEN mbr_id % 3 = 0 THEN solo_dt + 360 + mbr_id % 500 + (mbr_id * 3) % 200 END AS d3
    FROM mbr WHERE solo_dt IS NOT NULL
), a AS (
    SELECT mbr_id, 'SOLO' AS bdg_cd, d1 AS award_dt FROM s
    UNION ALL SELECT mbr_id, 'BRZ', d2 FROM s WHERE d2 IS NOT NULL
    UNION ALL SELECT mbr_id, 'XCE', d3 FROM s WHERE d3 IS NOT NULL
    UNION ALL SELECT mbr_id, 'SLV', d3 + 100 + (mbr_id * 11) % 700 FROM s WHERE d3 IS NOT NULL AND mbr_id % 2 = 0
    UNION ALL SELECT mbr_id, 'GLD', d3 + 500 + (mbr_id * 11) % 700 + mbr_id % 900 FROM s WHERE d3 IS NOT NULL AND mbr_id % 2 = 0 AND mbr_id % 5 = 0
)
SELECT a.mbr_id, a.bdg_cd, a.award_dt,
       CASE WHEN a.award_dt < date '2024-01-01' AND a.mbr_id % 4 = 0 THEN NULL
            ELSE (SELECT i.instr_id FROM instr i
                  WHERE i.since_dt <= a.award_dt AND (i.stop_dt IS NULL OR i.stop_dt > a.award_dt) AND i.mbr_id <> a.mbr_id
                  ORDER BY abs(hashtext(a.mbr_id || a.bdg_cd || i.instr_id)), i.instr_id LIMIT 1) END
FROM a
WHERE a.award_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- lnch_fee (launch fee rate card)
CREATE TABLE lnch_fee (
    fee_id        smallint PRIMARY KEY,
    lnch_mth      char(1) NOT NULL,
    eff_from      date NOT NULL,
    eff_to        date,
    base_amt      numeric(6,2) NOT NULL,
    per_1000ft    numeric(6,2),
    jnr_disc_pct  smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE lnch_fee IS 'Launch fee rate card, set each year by the committee';
COMMENT ON COLUMN lnch_fee.lnch_mth IS 'W = winch, A = aerotow, S = self launch (airfield fee)';
COMMENT ON COLUMN lnch_fee.eff_to IS 'last day the rate applied; NULL = current rate';
COMMENT ON COLUMN lnch_fee.base_amt IS 'winch: the launch; aerotow: a tow to 2000 ft; GBP';
COMMENT ON COLUMN lnch_fee.per_1000ft IS 'aerotow only: added for every started 1000 ft above 2000 ft';
COMMENT ON COLUMN lnch_fee.jnr_disc_pct IS 'discount for junior members, percent';

INSERT INTO lnch_fee (fee_id, lnch_mth, eff_from, eff_to, base_amt, per_1000ft, jnr_disc_pct) VALUES
    (1, 'W', date '2024-01-01', date '2024-12-31',  9.50, NULL, 50),
    (2, 'W', date '2025-01-01', date '2025-12-31', 10.50, NULL, 50),
    (3, 'W', date '2026-01-01', NULL,              11.00, NULL, 50),
    (4, 'A', date '2024-01-01', date '2024-12-31', 36.00, 8.00, 25),
    (5, 'A', date '2025-01-01', date '2025-12-31', 38.00, 8.50, 25),
    (6, 'A', date '2026-01-01', NULL,              40.00, 9.00, 25),
    (7, 'S', date '2024-01-01', NULL,               5.00, NULL, 0);

-- ---------------------------------------------------------------- fly_day (planned flying days)
CREATE TABLE fly_day (
    fly_dt   date PRIMARY KEY,
    day_st   char(1) NOT NULL,
    rwy      varchar(2) NOT NULL,
    wind_kt  smallint,
    notes    text
);
COMMENT ON TABLE fly_day IS 'Every planned flying day (Wed, Sat, Sun all year; Fri May-Aug), flown or not';
COMMENT ON COLUMN fly_day.day_st IS 'F = flown, W = scrubbed for weather, X = cancelled (not enough helpers or no instructor), E = club away on expedition (nothing flown here)';
COMMENT ON COLUMN fly_day.rwy IS 'runway direction in use, 06 or 24';
COMMENT ON COLUMN fly_day.wind_kt IS 'surface wind at 10:00, knots; NULL = not noted';

INSERT INTO fly_day (fly_dt, day_st, rwy, wind_kt, notes)
WITH d AS (
    SELECT dd::date AS fly_dt, extract(dow FROM dd)::int AS dow, extract(month FROM dd)::int AS mon
    FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS dd
), p AS (
    SELECT d.*,
           abs(hashtext('wx' || fly_dt)) % 100 AS hw,
           abs(hashtext('x' || fly_dt)) % 100 AS hx,
           abs(hashtext('r' || fly_dt)) AS hr
    FROM d
    WHERE dow IN (0, 3, 6) OR (dow = 5 AND mon BETWEEN 5 AND 8)
), s AS (
    SELECT p.*,
           CASE WHEN fly_dt IN (date '2025-06-18', date '2025-06-20', date '2025-06-21') THEN 'E'
                WHEN hw < (ARRAY[48, 45, 35, 28, 18, 15, 17, 16, 20, 30, 45, 50])[mon] THEN 'W'
                WHEN hx < CASE WHEN dow = 3 THEN 10 ELSE 2 END THEN 'X'
                ELSE 'F' END AS st
    FROM p
)
SELECT fly_dt, st,
       CASE WHEN hr % 100 < 70 THEN '24' ELSE '06' END,
       CASE WHEN hr % 11 = 0 THEN NULL ELSE 3 + hr % 19 + CASE WHEN st = 'W' THEN 10 ELSE 0 END END,
       CASE WHEN st = 'E' THEN 'Club expedition to Portmoak'
            WHEN st = 'W' AND hr % 3 = 0 THEN 'Low cloud and rain all day'
            WHEN st = 'W' AND hr % 3 = 1 THEN 'Wind too strong / crosswind'
            WHEN st = 'X' THEN 'Not enough people to run the field'
            WHEN st = 'F' AND hr % 13 = 0 THEN 'Good thermals, cross-country tasks flown'
            WHEN st = 'F' AND hr % 17 = 0 THEN 'Wave in the afternoon' END
FROM s;

-- ---------------------------------------------------------------- day_roster (who was on duty each day)
CREATE TABLE day_roster (
    fly_dt   date NOT NULL REFERENCES fly_day (fly_dt),
    duty_cd  char(1) NOT NULL,
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    PRIMARY KEY (fly_dt, duty_cd)
);
COMMENT ON TABLE day_roster IS 'Duty roster: members rostered on each planned flying day (drawn up a month ahead; kept even if the day was scrubbed)';
COMMENT ON COLUMN day_roster.duty_cd IS 'I = duty instructor, A = assistant instructor, W = winch driver, T = tug pilot, L = launch point controller';

INSERT INTO day_roster (fly_dt, duty_cd, mbr_id)
SELECT f.fly_dt, 'I',
       (SELECT i.mbr_id FROM instr i
        WHERE i.since_dt <= f.fly_dt AND (i.stop_dt IS NULL OR i.stop_dt > f.fly_dt)
        ORDER BY (abs(hashtext('I' || f.fly_dt || '/' || i.instr_id)) % 10000)
                 * (ARRAY[1, 2, 2, 3, 3, 4, 3, 2, 5, 3, 4, 5, 9])[i.instr_id], i.instr_id
        LIMIT 1)
FROM fly_day f WHERE f.day_st <> 'E'
UNION ALL
SELECT f.fly_dt, 'W',
       (SELECT m.mbr_id FROM mbr m
        WHERE m.winch_yn AND m.join_dt <= f.fly_dt AND (m.left_dt IS NULL OR m.left_dt > f.fly_dt)
        ORDER BY (abs(hashtext('W' || f.fly_dt || '/' || m.mbr_id)) % 10000) * (1 + m.mbr_id % 5), m.mbr_id
        LIMIT 1)
FROM fly_day f WHERE f.day_st <> 'E'
UNION ALL
SELECT f.fly_dt, 'T',
       (SELECT m.mbr_id FROM mbr m
        WHERE m.tow_plt_yn AND m.join_dt <= f.fly_dt AND (m.left_dt IS NULL OR m.left_dt > f.fly_dt)
        ORDER BY abs(hashtext('T' || f.fly_dt || '/' || m.mbr_id)), m.mbr_id
        LIMIT 1)
FROM fly_day f WHERE f.day_st <> 'E' AND extract(dow FROM f.fly_dt) IN (0, 5, 6)
UNION ALL
SELECT f.fly_dt, 'L',
       (SELECT m.mbr_id FROM mbr m
        WHERE m.solo_dt < f.fly_dt AND NOT m.winch_yn AND NOT m.tow_plt_yn
          AND m.join_dt <= f.fly_dt AND (m.left_dt IS NULL OR m.left_dt > f.fly_dt)
          AND m.mbr_id NOT IN (SELECT mbr_id FROM instr)
        ORDER BY abs(hashtext('L' || f.fly_dt || '/' || m.mbr_id)), m.mbr_id
        LIMIT 1)
FROM fly_day f WHERE f.day_st <> 'E';

-- assistant instructor on summer weekends: someone other than the duty instructor
INSERT INTO day_roster (fly_dt, duty_cd, mbr_id)
SELECT f.fly_dt, 'A',
       (SELECT i.mbr_id FROM instr i
        WHERE i.since_dt <= f.fly_dt AND (i.stop_dt IS NULL OR i.stop_dt > f.fly_dt)
          AND i.mbr_id <> r.mbr_id
        ORDER BY abs(hashtext('A' || f.fly_dt || '/' || i.instr_id)), i.instr_id
        LIMIT 1)
FROM fly_day f JOIN day_roster r ON r.fly_dt = f.fly_dt AND r.duty_cd = 'I'
WHERE extract(dow FROM f.fly_dt) IN (0, 6) AND extract(month FROM f.fly_dt) BETWEEN 4 AND 9;

-- ---------------------------------------------------------------- lnch (the launch log)
CREATE TABLE lnch (
    lnch_id   integer PRIMARY KEY,
    fly_dt    date NOT NULL REFERENCES fly_day (fly_dt),
    seq_no    smallint NOT NULL,
    gl_id     smallint NOT NULL REFERENCES glider (gl_id),
    pilot_id  integer REFERENCES mbr (mbr_id),
    instr_id  smallint REFERENCES instr (instr_id),
    vchr_no   varchar(10),
    lnch_mth  char(1) NOT NULL,
    tug_id    smallint REFERENCES tug (tug_id),
    rel_ht    smallint,
    t_off     timestamp NOT NULL,
    t_land    timestamp,
    lnch_fee  numeric(6,2) NOT NULL,
    soar_fee  numeric(6,2) NOT NULL,
    brk_yn    boolean NOT NULL DEFAULT false,
    void_yn   char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE lnch IS 'Launch log kept at the launch point: one row per launch';
COMMENT ON COLUMN lnch.seq_no IS 'launch number of the day';
COMMENT ON COLUMN lnch.pilot_id IS 'member flying (and paying); on instructional flights the student. NULL = trial lesson flown on a voucher (visitor, not a member)';
COMMENT ON COLUMN lnch.instr_id IS 'instructor in the back seat; NULL = not an instructional flight';
COMMENT ON COLUMN lnch.vchr_no IS 'trial lesson voucher number; NULL = not a voucher flight';
COMMENT ON COLUMN lnch.lnch_mth IS 'W = winch, A = aerotow, S = self launch';
COMMENT ON COLUMN lnch.tug_id IS 'tug that towed (aerotows only)';
COMMENT ON COLUMN lnch.rel_ht IS 'aerotow release height, feet; NULL for winch and self launches';
COMMENT ON COLUMN lnch.t_off IS 'take-off time (local)';
COMMENT ON COLUMN lnch.t_land IS 'landing time (local); NULL = not written down';
COMMENT ON COLUMN lnch.lnch_fee IS 'launch fee charged, GBP (0 for cable breaks, voids and voucher flights)';
COMMENT ON COLUMN lnch.soar_fee IS 'soaring fee charged, GBP (club gliders only; 0 otherwise)';
COMMENT ON COLUMN lnch.brk_yn IS 'true = winch cable broke during the launch (not charged)';
COMMENT ON COLUMN lnch.void_yn IS 'Y = entry voided by the log keeper (logged in error, not a real launch), N = normal';

INSERT INTO lnch (lnch_id, fly_dt, seq_no, gl_id, pilot_id, instr_id, vchr_no, lnch_mth, tug_id, rel_ht,
                  t_off, t_land, lnch_fee, soar_fee, brk_yn, void_yn)
WITH d AS (
    SELECT fly_dt, extract(dow FROM fly_dt)::int AS dow, extract(month FROM fly_dt)::int AS mon,
           abs(hashtext('n' || fly_dt)) AS hd
    FROM fly_day WHERE day_st = 'F'
), d2 AS (
    SELECT d.*,
           CASE WHEN mon IN (11, 12, 1, 2) THEN CASE WHEN dow IN (0, 6) THEN 5 + hd % 8 ELSE 3 + hd % 4 END
                WHEN mon IN (3, 4, 10)     THEN CASE WHEN dow IN (0, 6) THEN 9 + hd % 10 ELSE 4 + hd % 5 END
                ELSE CASE WHEN dow IN (0, 6) THEN 14 + hd % 13 ELSE 6 + hd % 7 END END AS n,
           CASE WHEN mon IN (11, 12, 1, 2) THEN 330 ELSE 460 END AS span
    FROM d
), s AS (
    SELECT d2.*, g.s, abs(hashtext(d2.fly_dt::text || '#' || g.s)) AS h
    FROM d2 CROSS JOIN LATERAL generate_series(1, d2.n) AS g(s)
), p AS (
    SELECT s.*, pk.mbr_id AS pilot_id, pk.cls, pk.solo_dt,
           (s.dow IN (0, 6) AND s.h % 23 = 7) AS voucher
    FROM s LEFT JOIN LATERAL (
        SELECT ms.mbr_id, ms.cls, m.solo_dt
        FROM mbrship ms JOIN mbr m ON m.mbr_id = ms.mbr_id
        WHERE ms.yr_start <= s.fly_dt AND ms.yr_end >= s.fly_dt AND ms.cls <> 'S'
          AND (ms.mbr_id % 31 <> 7 OR ms.mbr_id <= 16)
          AND (m.left_dt IS NULL OR m.left_dt > s.fly_dt)
        ORDER BY (abs(hashtext(ms.mbr_id || '@' || s.fly_dt || '#' || s.s)) % 100000)
                 * CASE WHEN ms.mbr_id IN (20, 31, 44, 57, 63, 72, 109, 130, 160) THEN 1 ELSE 1 + (ms.mbr_id * 37) % 9 END, ms.mbr_id
        LIMIT 1) pk ON true
), p2 AS (
    SELECT p.fly_dt, p.dow, p.mon, p.n, p.span, p.s, p.h, p.voucher,
           CASE WHEN p.voucher THEN NULL ELSE p.pilot_id END AS pilot_id,
           CASE WHEN p.voucher THEN NULL ELSE p.cls END AS cls,
           (NOT p.voucher AND (p.solo_dt IS NULL OR p.solo_dt > p.fly_dt)) AS student
    FROM p
), g AS (
    SELECT p2.*,
           coalesce(
             CASE WHEN NOT p2.voucher AND NOT p2.student AND p2.h % 20 < 17 THEN
               (SELECT gl.gl_id FROM glider gl
                WHERE gl.own_cd <> 'C' AND gl.acq_dt <= p2.fly_dt AND (gl.out_svc_dt IS NULL OR gl.out_svc_dt > p2.fly_dt)
                  AND (gl.owner_mbr_id = p2.pilot_id
                       OR (gl.own_cd = 'S' AND p2.pilot_id IN (gl.owner_mbr_id + 1, gl.owner_mbr_id + 2)))
                ORDER BY gl.gl_id LIMIT 1) END,
             (SELECT gl.gl_id FROM glider gl
              WHERE gl.own_cd = 'C' AND gl.gl_id <> 8
                AND gl.acq_dt <= p2.fly_dt AND (gl.out_svc_dt IS NULL OR gl.out_svc_dt > p2.fly_dt)
                AND (gl.seats = 2 OR NOT (p2.voucher OR p2.student))
              ORDER BY abs(hashtext(gl.gl_id || '/' || p2.h)), gl.gl_id LIMIT 1)) AS gl_id
    FROM p2
), m AS (
    SELECT g.*, gl.own_cd, gl.seats, gl.hr_rt,
           CASE WHEN g.gl_id = 16 AND g.h % 3 <> 0 THEN 'S'
                WHEN g.dow IN (0, 5, 6)
                     AND (g.h / 7) % 100 < CASE WHEN gl.own_cd <> 'C' THEN 55 WHEN g.mon BETWEEN 5 AND 8 THEN 25 ELSE 12 END
                THEN 'A'
                ELSE 'W' END AS mth,
           (g.h % 89 = 17) AS void,
           (g.voucher OR g.student
            OR (gl.own_cd = 'C' AND gl.seats = 2 AND g.h % 3 = 0)) AS instructional
    FROM g JOIN glider gl ON gl.gl_id = g.gl_id
), t AS (
    SELECT m.*,
           (m.mth = 'W' AND m.h % 29 = 3 AND NOT m.void) AS brk,
           585 + (m.s - 1) * (m.span / m.n) + m.h % 11 AS start_min,
           (SELECT i.instr_id FROM day_roster r JOIN instr i ON i.mbr_id = r.mbr_id
            WHERE r.fly_dt = m.fly_dt AND r.duty_cd IN ('I', 'A')
            ORDER BY CASE WHEN r.duty_cd = CASE WHEN m.s % 2 = 1 THEN 'A' ELSE 'I' END THEN 0 ELSE 1 END
            LIMIT 1) AS duty_instr
    FROM m
), u AS (
    SELECT t.*,
           CASE WHEN t.instructional AND i.mbr_id IS DISTINCT FROM t.pilot_id THEN t.duty_instr END AS instr_id,
           CASE WHEN t.mth = 'A' THEN
                CASE WHEN t.fly_dt <= date '2024-08-31' THEN CASE WHEN t.h % 3 = 0 THEN 3 ELSE 1 END
                     WHEN t.fly_dt >= date '2024-10-01' THEN CASE WHEN t.h % 2 = 0 THEN 2 ELSE 1 END
                     ELSE 1 END END AS tug_id,
           CASE WHEN t.mth = 'A' THEN
                CASE WHEN t.h % 53 = 0 THEN 1500
                     ELSE (ARRAY[2000, 2000, 2000, 2500, 3000, 3000, 3500, 4000, 2000, 5000])[1 + (t.h / 11) % 10] END END AS rel_ht,
           CASE WHEN t.brk THEN 2 + t.h % 4
                WHEN t.instructional AND t.mth = 'W' THEN 5 + (t.h / 17) % 12
                WHEN t.instructional THEN 20 + (t.h / 17) % 25
                WHEN t.mth = 'W' AND t.mon BETWEEN 4 AND 9 AND (t.h / 13) % 3 = 0 THEN 20 + (t.h / 17) % 220
                WHEN t.mth = 'W' THEN 4 + (t.h / 17) % 9
                WHEN t.mth = 'A' AND t.mon BETWEEN 4 AND 9 THEN 25 + (t.h / 17) % 280
                WHEN t.mth = 'A' THEN 15 + (t.h / 17) % 60
                ELSE 60 + (t.h / 17) % 240 END AS dur0
    FROM t LEFT JOIN instr i ON i.instr_id = t.duty_instr
), v AS (
    SELECT u.*,
           greatest(2, least(u.dur0, 1290 - u.start_min)) AS dur,
           (u.h % 41 = 19) AS no_land,
           f.base_amt, f.per_1000ft, f.jnr_disc_pct
    FROM u JOIN lnch_fee f ON f.lnch_mth = u.mth AND f.eff_from <= u.fly_dt AND (f.eff_to IS NULL OR f.eff_to >= u.fly_dt)
)
SELECT row_number() OVER (ORDER BY fly_dt, s),
       fly_dt, s, gl_id, pilot_id, instr_id,
       CASE WHEN voucher THEN 'TL' || to_char(fly_dt, 'YY') || '-'
                              || lpad((row_number() OVER (PARTITION BY voucher, extract(year FROM fly_dt) ORDER BY fly_dt, s))::text, 3, '0') END,
       mth, tug_id, rel_ht,
       fly_dt + make_interval(mins => start_min),
       CASE WHEN no_land THEN NULL ELSE fly_dt + make_interval(mins => start_min + dur) END,
       CASE WHEN void OR brk OR voucher THEN 0
            ELSE round((base_amt + coalesce(per_1000ft, 0) * ceil(greatest(coalesce(rel_ht, 2000) - 2000, 0) / 1000.0))
                       * CASE WHEN cls = 'J' THEN (100 - jnr_disc_pct) / 100.0 ELSE 1 END, 2) END,
       CASE WHEN void OR brk OR voucher OR no_land OR own_cd <> 'C' THEN 0
            ELSE round(hr_rt * least(dur, 180) / 60.0, 2) END,
       brk,
       CASE WHEN void THEN 'Y' ELSE 'N' END
FROM v;

-- ---------------------------------------------------------------- acct_txn (members' flying accounts)
CREATE TABLE acct_txn (
    txn_id   integer PRIMARY KEY,
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    txn_dt   date NOT NULL,
    txn_cd   varchar(2) NOT NULL,
    amt      numeric(8,2) NOT NULL,
    lnch_id  integer REFERENCES lnch (lnch_id),
    memo     text
);
COMMENT ON TABLE acct_txn IS 'Flying account ledger: money members put in and what their flying costs. Balance = sum(amt)';
COMMENT ON COLUMN acct_txn.txn_cd IS 'OB = opening balance from the old spreadsheet, TU = top-up paid in, FL = flying charge, AD = adjustment by the treasurer, RF = balance refunded on leaving';
COMMENT ON COLUMN acct_txn.amt IS 'GBP; positive = credit to the member (money in), negative = charge or money paid back out';
COMMENT ON COLUMN acct_txn.lnch_id IS 'the launch charged (FL rows only)';

INSERT INTO acct_txn (txn_id, mbr_id, txn_dt, txn_cd, amt, lnch_id, memo)
WITH ob AS (
    SELECT m.mbr_id, date '2024-01-01' AS txn_dt, 'OB' AS txn_cd,
           (((m.mbr_id * 53) % 400) - 60 + 0.5 * (m.mbr_id % 2))::numeric(8,2) AS amt,
           NULL::integer AS lnch_id, 'Brought forward from 2023 spreadsheet' AS memo
    FROM mbr m
    WHERE m.join_dt < date '2024-01-01' AND (m.left_dt IS NULL OR m.left_dt >= date '2024-01-01')
      AND NOT (m.mbr_id % 17 = 3 AND m.mbr_id > 16)
), fl AS (
    SELECT l.pilot_id AS mbr_id, l.fly_dt AS txn_dt, 'FL' AS txn_cd, -(l.lnch_fee + l.soar_fee) AS amt,
           l.lnch_id, NULL::text AS memo
    FROM lnch l
    WHERE l.pilot_id IS NOT NULL AND l.void_yn = 'N'
), mon AS (
    SELECT mbr_id, date_trunc('month', txn_dt)::date AS mth, -sum(amt) AS chg
    FROM fl GROUP BY 1, 2
), tu AS (
    SELECT mbr_id, (mth + interval '1 month')::date + mbr_id % 20 AS txn_dt, 'TU' AS txn_cd,
           (10 * ceil(chg * CASE WHEN mbr_id % 11 = 0 THEN 0.6 WHEN mbr_id % 5 = 1 THEN 1.3 ELSE 1 END / 10.0))::numeric(8,2) AS amt,
           NULL::integer AS lnch_id,
           CASE mbr_id % 4 WHEN 0 THEN 'Bank transfer' WHEN 1 THEN 'Card in clubhouse' WHEN 2 THEN 'Bank transfer' END AS memo
    FROM mon
    WHERE chg > 0 AND mth <= date '2026-10-01'
    UNION ALL
    SELECT m.mbr_id, m.join_dt + 3, 'TU', 100.00, NULL, 'Joining top-up'
    FROM mbr m
    WHERE m.join_dt >= date '2024-01-01' AND NOT (m.mbr_id % 17 = 3 AND m.mbr_id > 16)
), ad AS (
    SELECT 5 + (k * 71) % 140 AS mbr_id, date '2024-02-03' + (k * 29) % 1000 AS txn_dt, 'AD' AS txn_cd,
           ((ARRAY[-15.00, 10.00, 25.00, -5.50, 12.00, -40.00, 8.50])[1 + k % 7])::numeric(8,2) AS amt,
           NULL::integer AS lnch_id,
           (ARRAY['Launch charged twice', 'Goodwill credit - retrieve', 'Credit for hangar work party',
                  'Correction', 'Refund of overcharged soaring fee', 'Clubhouse bar tab transferred', 'Correction'])[1 + k % 7] AS memo
    FROM generate_series(1, 26) AS k
    WHERE NOT ((5 + (k * 71) % 140) % 17 = 3)
), pre AS (
    SELECT * FROM ob UNION ALL SELECT * FROM fl UNION ALL SELECT * FROM tu UNION ALL SELECT * FROM ad
), rf AS (
    SELECT m.mbr_id, m.left_dt + 21 AS txn_dt, 'RF' AS txn_cd, -sum(p.amt) AS amt, NULL::integer AS lnch_id,
           'Balance refunded on leaving' AS memo
    FROM mbr m JOIN pre p ON p.mbr_id = m.mbr_id
    WHERE m.left_dt IS NOT NULL AND m.left_dt + 21 <= date '2026-11-30'
    GROUP BY m.mbr_id, m.left_dt
    HAVING sum(p.amt) > 0
), allt AS (
    SELECT * FROM pre UNION ALL SELECT * FROM rf
)
SELECT row_number() OVER (ORDER BY txn_dt,
                                   CASE txn_cd WHEN 'OB' THEN 0 WHEN 'TU' THEN 1 WHEN 'FL' THEN 2 WHEN 'AD' THEN 3 ELSE 4 END,
                                   mbr_id, lnch_id),
       mbr_id, txn_dt, txn_cd, amt, lnch_id, memo
FROM allt
WHERE txn_dt <= date '2026-11-30';
