-- Made-up schema: a municipal ice rink with one ice pad (public skating sessions and the admission
-- tickets sold for them, skate hire, learn-to-skate courses and their coaches, ice time booked by
-- hockey / figure / ringette clubs with monthly invoices, and the Zamboni resurfacing log).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30 (the timetable and the club bookings already run to 2026-12-20, the winter 2027
-- courses are open for sign-up). Timestamps are UTC. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS zam_log;
DROP TABLE IF EXISTS skt_hire;
DROP TABLE IF EXISTS adm;
DROP TABLE IF EXISTS ice_bkg;
DROP TABLE IF EXISTS club_inv;
DROP TABLE IF EXISTS lts_crs;
DROP TABLE IF EXISTS coach;
DROP TABLE IF EXISTS club;
DROP TABLE IF EXISTS sess;

-- ---------------------------------------------------------------- sess (public skating sessions)
CREATE TABLE sess (
    sess_id  integer PRIMARY KEY,
    sess_dt  date NOT NULL,
    st_tm    time NOT NULL,
    end_tm   time NOT NULL,
    sess_typ char(2) NOT NULL,
    cap      smallint NOT NULL,
    cncl_cd  char(1)
);
COMMENT ON TABLE sess IS 'Public skating sessions on the timetable';
COMMENT ON COLUMN sess.sess_typ IS 'PB = public skate (all ages), AO = adults only (18+), PT = parent and tot (under-6s with a grown-up), DS = disco skate (evening, lights and music)';
COMMENT ON COLUMN sess.cap IS 'most skaters allowed on the ice for the session (safety limit)';
COMMENT ON COLUMN sess.cncl_cd IS 'why the session was called off: M = ice plant / maintenance problem, W = weather, E = rink hired out for a private event; NULL = not cancelled';

INSERT INTO sess (sess_id, sess_dt, st_tm, end_tm, sess_typ, cap, cncl_cd)
WITH d AS (
    SELECT g::date AS dt, extract(isodow FROM g)::int AS dow
    FROM generate_series(date '2025-09-01', date '2026-12-20', interval '1 day') AS g
    WHERE NOT (g >= date '2026-06-01' AND g < date '2026-08-15')      -- ice is out for the summer
      AND g::date <> date '2025-12-25'
), t (dows, st, en, typ, cap) AS (
    VALUES (ARRAY[1,2,3,4,5], time '12:00', time '13:30', 'PB', 120),
           (ARRAY[3],         time '20:00', time '21:30', 'AO', 60),
           (ARRAY[5],         time '19:30', time '21:30', 'DS', 150),
           (ARRAY[6,7],       time '10:00', time '11:00', 'PT', 40),
           (ARRAY[6,7],       time '13:00', time '15:00', 'PB', 150),
           (ARRAY[6],         time '19:00', time '21:00', 'DS', 150)
), s AS (
    SELECT row_number() OVER (ORDER BY d.dt, t.st)::int AS id, d.dt, t.st, t.en, t.typ, t.cap
    FROM d JOIN t ON d.dow = ANY (t.dows)
)
SELECT id, dt, st, en, typ, cap,
       CASE WHEN dt IN (date '2026-01-24', date '2026-01-25') THEN 'W'
            WHEN typ = 'DS' AND dt IN (date '2025-12-19', date '2026-03-14', date '2026-12-12') THEN 'E'
            WHEN id % 61 = 17 THEN 'M'
            END
FROM s;

-- ---------------------------------------------------------------- adm (admission tickets)
CREATE TABLE adm (
    adm_id  integer PRIMARY KEY,
    sess_id integer NOT NULL REFERENCES sess (sess_id),
    sold_ts timestamptz NOT NULL,
    tkt_cd  char(1) NOT NULL,
    qty     smallint NOT NULL,
    amt     numeric(7,2) NOT NULL,
    pay_cd  char(2) NOT NULL,
    rfnd_ts timestamptz
);
COMMENT ON TABLE adm IS 'Admission tickets sold for public sessions, one row per sale (a sale can be several tickets of one kind)';
COMMENT ON COLUMN adm.tkt_cd IS 'A = adult, Y = youth 6-17, S = senior 65+, K = child under 6 (free)';
COMMENT ON COLUMN adm.qty IS 'number of tickets (skaters) on the sale';
COMMENT ON COLUMN adm.amt IS 'total paid for the sale, USD; 0 for under-6s';
COMMENT ON COLUMN adm.pay_cd IS 'CA = cash, CD = debit/credit card at the desk, GC = gift card or voucher, OL = paid online in advance';
COMMENT ON COLUMN adm.rfnd_ts IS 'when the money was given back because the session was called off; NULL = not refunded';

INSERT INTO adm (adm_id, sess_id, sold_ts, tkt_cd, qty, amt, pay_cd, rfnd_ts)
WITH s AS (
    SELECT s.*, (s.sess_dt + s.st_tm) AT TIME ZONE 'UTC' AS st_ts,
           CASE WHEN s.sess_typ = 'PB' AND s.cap = 120 AND s.sess_id % 53 = 0 AND s.cncl_cd IS NULL THEN 0
                WHEN s.sess_typ = 'DS' THEN 6 + s.sess_id % 7
                WHEN s.sess_typ = 'PB' AND s.cap = 150 THEN 5 + s.sess_id % 6
                ELSE 2 + (s.sess_id * 7) % 6 END AS n_sales
    FROM sess s
), k AS (
    SELECT s.sess_id, s.sess_dt, s.sess_typ, s.cap, s.cncl_cd, s.st_ts, k,
           ((s.sess_id * 5 + k * 3) % 4 + 1) AS qty,
           CASE s.sess_typ WHEN 'PT' THEN (ARRAY['A','K'])[1 + k % 2]
                           WHEN 'AO' THEN (ARRAY['A','A','S'])[1 + (s.sess_id + k) % 3]
                           ELSE (ARRAY['A','Y','Y','S','A','K','Y'])[1 + (s.sess_id + k) % 7] END AS tkt,
           s.sess_typ = 'DS' AND (s.sess_id + k) % 3 = 0 AS online,
           CASE WHEN s.sess_typ = 'DS' AND (s.sess_id + k) % 3 = 0
                THEN s.st_ts - ((s.sess_id + k) % 20 + 1) * interval '1 day' - ((k * 37) % 600) * interval '1 minute'
                ELSE s.st_ts - ((s.sess_id * 3 + k * 11) % 50 + 1) * interval '1 minute' END AS sold_ts
    FROM s CROSS JOIN LATERAL generate_series(1, s.n_sales) AS k
), kept AS (                                       -- what had been sold by the cut-off
    SELECT * FROM k
    WHERE sold_ts < timestamptz '2026-12-01 00:00:00+00'
      AND (cncl_cd IS DISTINCT FROM 'E' OR (online AND sold_ts < st_ts - interval '14 days'))
), topup AS (                                      -- school groups booked by phone: some sessions sold out exactly, some one short
    SELECT s.sess_id, s.sess_dt, s.sess_typ, s.cap, s.cncl_cd, s.st_ts, 99 AS k,
           s.cap - (s.sess_id % 23 / 11) - sum(kept.qty) AS qty, 'Y' AS tkt, false AS online,
           s.st_ts - interval '2 days' AS sold_ts
    FROM s JOIN kept ON kept.sess_id = s.sess_id
    WHERE s.sess_id % 23 IN (0, 11) AND s.cncl_cd IS NULL AND s.sess_dt <= date '2026-11-30'
    GROUP BY s.sess_id, s.sess_dt, s.sess_typ, s.cap, s.cncl_cd, s.st_ts
    HAVING s.cap - (s.sess_id % 23 / 11) - sum(kept.qty) > 0
), a AS (
    SELECT * FROM kept UNION ALL SELECT * FROM topup
)
SELECT row_number() OVER (ORDER BY sold_ts, sess_id, k)::int,
       sess_id, sold_ts, tkt, qty,
       qty * CASE WHEN tkt = 'K' THEN 0
                  ELSE CASE tkt WHEN 'A' THEN 8.50 WHEN 'Y' THEN 6.00 ELSE 5.50 END
                       + CASE WHEN sold_ts >= timestamptz '2026-01-01 00:00:00+00' THEN 0.50 ELSE 0 END
                       + CASE WHEN sess_typ = 'DS' THEN 1.50 ELSE 0 END END,
       CASE WHEN online THEN 'OL' WHEN k = 99 THEN 'CD'
            ELSE (ARRAY['CD','CA','CD','GC','CD','CA'])[1 + (sess_id + k * 5) % 6] END,
       CASE WHEN cncl_cd = 'E' THEN st_ts - interval '14 days' + interval '9 hours'
            WHEN cncl_cd IS NOT NULL THEN st_ts + interval '20 minutes' END
FROM a;

-- ---------------------------------------------------------------- coach
CREATE TABLE coach (
    coach_id integer PRIMARY KEY,
    fnm      text NOT NULL,
    lnm      text NOT NULL,
    cert_lvl char(2),
    disc_cd  char(1) NOT NULL,
    hr_rate  numeric(6,2) NOT NULL,
    hired_on date NOT NULL,
    left_on  date
);
COMMENT ON TABLE coach IS 'Skating coaches who teach the learn-to-skate courses';
COMMENT ON COLUMN coach.cert_lvl IS 'coaching certification: L1 = instructor, L2 = regional coach, L3 = senior coach; NULL = not certified yet (assistant)';
COMMENT ON COLUMN coach.disc_cd IS 'F = figure skating, H = hockey / power skating, B = both';
COMMENT ON COLUMN coach.hr_rate IS 'pay per hour on the ice, USD';
COMMENT ON COLUMN coach.left_on IS 'last day with the rink; NULL = still coaching here';

INSERT INTO coach (coach_id, fnm, lnm, cert_lvl, disc_cd, hr_rate, hired_on, left_on) VALUES
    (1,  'Marie',   'Lindqvist', 'L3', 'F', 42.00, date '2014-09-01', NULL),
    (2,  'Tom',     'Kowalski',  'L2', 'H', 34.00, date '2017-10-15', NULL),
    (3,  'Aiko',    'Tanaka',    'L2', 'F', 34.00, date '2019-01-07', NULL),
    (4,  'Derek',   'O''Brien',  'L1', 'B', 27.50, date '2021-09-01', NULL),
    (5,  'Sofia',   'Ramírez',   'L2', 'F', 34.00, date '2020-09-01', date '2026-08-31'),
    (6,  'Jamal',   'Carter',    'L1', 'H', 27.50, date '2023-09-01', NULL),
    (7,  'Hanna',   'Berg',      NULL, 'F', 19.00, date '2025-08-20', NULL),
    (8,  'Pierre',  'Gagnon',    'L3', 'B', 42.00, date '2012-11-01', NULL),
    (9,  'Lucy',    'Whitfield', 'L1', 'F', 27.50, date '2022-01-10', NULL),
    (10, 'Viktor',  'Petrov',    'L3', 'H', 45.00, date '2016-08-01', NULL),
    (11, 'Grace',   'Okafor',    NULL, 'F', 19.00, date '2026-11-02', NULL),
    (12, 'Ben',     'Hollis',    'L1', 'H', 27.50, date '2018-09-01', date '2025-06-30');

-- ---------------------------------------------------------------- lts_crs (learn-to-skate courses)
CREATE TABLE lts_crs (
    crs_id   integer PRIMARY KEY,
    crs_cd   varchar(10) NOT NULL,
    age_grp  char(1) NOT NULL,
    lvl      smallint NOT NULL,
    coach_id integer REFERENCES coach (coach_id),
    wkday    smallint NOT NULL,
    st_tm    time NOT NULL,
    start_dt date NOT NULL,
    n_wks    smallint NOT NULL,
    max_enr  smallint NOT NULL,
    enr_cnt  smallint NOT NULL,
    fee      numeric(6,2) NOT NULL
);
COMMENT ON TABLE lts_crs IS 'Learn-to-skate courses: a weekly lesson for a term';
COMMENT ON COLUMN lts_crs.crs_cd IS 'age group, level and term, e.g. K2-F25 = kids level 2, fall 2025 (W = winter, S = spring)';
COMMENT ON COLUMN lts_crs.age_grp IS 'K = kids 4-12, T = teens 13-17, A = adults';
COMMENT ON COLUMN lts_crs.lvl IS 'badge level 1-6: 1 = first time on the ice ... 6 = ready for club skating';
COMMENT ON COLUMN lts_crs.coach_id IS 'coach teaching the course; NULL = not assigned yet';
COMMENT ON COLUMN lts_crs.wkday IS 'day of the week the lessons are on: 1 = Monday ... 7 = Sunday';
COMMENT ON COLUMN lts_crs.n_wks IS 'number of weekly 45-minute lessons';
COMMENT ON COLUMN lts_crs.max_enr IS 'places on the course';
COMMENT ON COLUMN lts_crs.enr_cnt IS 'skaters signed up';
COMMENT ON COLUMN lts_crs.fee IS 'price of the whole course per skater, USD, paid at sign-up';

INSERT INTO lts_crs (crs_id, crs_cd, age_grp, lvl, coach_id, wkday, st_tm, start_dt, n_wks, max_enr, enr_cnt, fee)
WITH term (t, tcd, t0, wks) AS (
    VALUES (1, 'F25', date '2025-09-08', 10), (2, 'W26', date '2026-01-05', 10), (3, 'S26', date '2026-04-06', 8),
           (4, 'F26', date '2026-09-07', 10), (5, 'W27', date '2027-01-04', 10)
), c AS (
    SELECT term.*, c,
           CASE WHEN c <= 7 THEN 'K' WHEN c <= 9 THEN 'T' ELSE 'A' END AS ag,
           CASE WHEN c <= 7 THEN (c - 1) % 6 + 1 WHEN c <= 9 THEN c - 7 ELSE c - 9 END AS lv,
           CASE WHEN c <= 5 THEN c WHEN c = 6 THEN 3 WHEN c <= 9 THEN 6 WHEN c = 10 THEN 2 WHEN c = 11 THEN 4 ELSE 7 END AS wd
    FROM term CROSS JOIN generate_series(1, 12) AS c
), n AS (
    SELECT c.*, (t - 1) * 12 + c AS id,
           CASE WHEN ag = 'K' AND lv = 1 THEN 14 WHEN ag = 'A' THEN 12 ELSE 10 END AS mx
    FROM c
)
SELECT id,
       ag || lv || CASE WHEN c = 7 THEN 'B' ELSE '' END || '-' || tcd,
       ag, lv,
       CASE WHEN t = 5 AND c IN (6, 11) THEN NULL
            WHEN ag = 'A' THEN 8 + (c + t) % 2
            ELSE 1 + (c + t * 3) % 7 END,
       wd,
       CASE WHEN ag = 'A' THEN (CASE WHEN wd = 7 THEN time '17:30' ELSE time '19:15' END)
            WHEN wd = 6 THEN (CASE WHEN ag = 'T' THEN time '11:15' ELSE time '09:00' END)
            ELSE time '16:30' END,
       t0 + (wd - 1),
       wks,
       mx,
       CASE WHEN id = 33 THEN 0                                  -- T2-S26: nobody signed up
            WHEN t = 5 THEN (id * 5) % 8
            ELSE greatest(mx - (id * 7) % 6, 0) END,
       round((CASE ag WHEN 'K' THEN 129 WHEN 'T' THEN 139 ELSE 149 END
              + CASE WHEN t >= 4 THEN 6 ELSE 0 END) * wks / 10.0, 2)
FROM n;

-- ---------------------------------------------------------------- skt_hire (rental skates)
CREATE TABLE skt_hire (
    hire_id integer PRIMARY KEY,
    adm_id  integer REFERENCES adm (adm_id),
    crs_id  integer REFERENCES lts_crs (crs_id),
    skt_sz  varchar(3) NOT NULL,
    out_ts  timestamptz NOT NULL,
    rtn_ts  timestamptz,
    fee     numeric(5,2) NOT NULL,
    dmg_cd  char(1)
);
COMMENT ON TABLE skt_hire IS 'Rental skates: one row per pair handed out';
COMMENT ON COLUMN skt_hire.adm_id IS 'the admission sale the skates were hired with; NULL = hired for a learn-to-skate lesson (see crs_id)';
COMMENT ON COLUMN skt_hire.crs_id IS 'course the skates were hired for; NULL = hired at a public session';
COMMENT ON COLUMN skt_hire.skt_sz IS 'UK skate size: C8 to C13 = children''s sizes, 1 to 13 = youth and adult sizes';
COMMENT ON COLUMN skt_hire.out_ts IS 'when the pair was handed out';
COMMENT ON COLUMN skt_hire.rtn_ts IS 'when the pair came back; NULL = not returned (lost or kept)';
COMMENT ON COLUMN skt_hire.fee IS 'hire fee, USD; 0 for lesson hires (included in the course fee)';
COMMENT ON COLUMN skt_hire.dmg_cd IS 'condition on return: N = fine, B = blade nicked (needs sharpening), L = lace or boot damage, W = written off; NULL = not returned';

INSERT INTO skt_hire (hire_id, adm_id, crs_id, skt_sz, out_ts, rtn_ts, fee, dmg_cd)
WITH pub AS (
    SELECT a.adm_id, NULL::int AS crs_id, p,
           CASE WHEN a.tkt_cd = 'K' THEN 'C' || (8 + (a.adm_id + p) % 6)
                WHEN a.tkt_cd = 'Y' AND (a.adm_id + p) % 3 = 0 THEN 'C' || (11 + (a.adm_id + p) % 3)
                WHEN a.tkt_cd = 'Y' THEN (1 + (a.adm_id * 3 + p) % 6)::text
                WHEN (a.adm_id + p) % 37 = 0 THEN '13'
                ELSE (4 + (a.adm_id * 7 + p * 3) % 9)::text END AS sz,
           (s.sess_dt + s.st_tm) AT TIME ZONE 'UTC' - ((a.adm_id + p) % 10) * interval '1 minute' AS out_ts,
           (s.sess_dt + s.end_tm) AT TIME ZONE 'UTC' + (((a.adm_id * 7 + p) % 25) - 12) * interval '1 minute' AS back_ts,
           s.sess_dt
    FROM adm a
    JOIN sess s ON s.sess_id = a.sess_id
    CROSS JOIN LATERAL generate_series(1, least(a.qty, 1 + a.adm_id % 3)) AS p
    WHERE a.rfnd_ts IS NULL AND s.sess_dt <= date '2026-11-30' AND a.adm_id % 5 IN (0, 2, 3)
), les AS (
    SELECT NULL::int AS adm_id, c.crs_id, w * 10 + j AS p,
           CASE WHEN c.age_grp = 'K' THEN 'C' || (8 + (c.crs_id + j + w) % 6)
                WHEN c.age_grp = 'T' THEN (2 + (c.crs_id + j) % 6)::text
                ELSE (5 + (c.crs_id * 3 + j) % 7)::text END AS sz,
           (c.start_dt + 7 * w + c.st_tm) AT TIME ZONE 'UTC' - interval '5 minutes' AS out_ts,
           (c.start_dt + 7 * w + c.st_tm) AT TIME ZONE 'UTC' + ((50 + (c.crs_id + w + j) % 15)) * interval '1 minute' AS back_ts,
           c.start_dt + 7 * w AS sess_dt
    FROM lts_crs c
    CROSS JOIN LATERAL generate_series(0, c.n_wks - 1) AS w
    CROSS JOIN LATERAL generate_series(1, least(c.enr_cnt, 1 + c.crs_id % 3)) AS j
    WHERE c.start_dt + 7 * w <= date '2026-11-30'
), h AS (
    SELECT x.*, row_number() OVER (ORDER BY out_ts, coalesce(adm_id, 0), coalesce(crs_id, 0), p)::int AS id
    FROM (SELECT * FROM pub UNION ALL SELECT * FROM les) x
)
SELECT id, adm_id, crs_id, sz, out_ts,
       CASE WHEN id % 89 = 7 OR (adm_id IS NULL AND id % 151 = 0) THEN NULL ELSE back_ts END,
       CASE WHEN adm_id IS NULL THEN 0
            WHEN sz LIKE 'C%' THEN 3.00
            WHEN sess_dt >= date '2026-01-01' THEN 5.00 ELSE 4.50 END,
       CASE WHEN id % 89 = 7 OR (adm_id IS NULL AND id % 151 = 0) THEN NULL
            WHEN id % 71 = 0 THEN 'W'
            WHEN id % 17 = 0 THEN 'L'
            WHEN id % 13 = 0 THEN 'B'
            ELSE 'N' END
FROM h;

-- ---------------------------------------------------------------- club (ice-time customers)
CREATE TABLE club (
    club_id     integer PRIMARY KEY,
    club_nm     text NOT NULL,
    club_typ    char(1) NOT NULL,
    rate_cd     char(1) NOT NULL,
    cntct_email text,
    since_dt    date NOT NULL
);
COMMENT ON TABLE club IS 'Clubs that rent ice time';
COMMENT ON COLUMN club.club_typ IS 'H = ice hockey, F = figure skating, R = ringette';
COMMENT ON COLUMN club.rate_cd IS 'Y = youth rate (minor / junior club), A = adult rate';
COMMENT ON COLUMN club.cntct_email IS 'billing contact; NULL = invoices go by post';
COMMENT ON COLUMN club.since_dt IS 'date the account was opened';

INSERT INTO club (club_id, club_nm, club_typ, rate_cd, cntct_email, since_dt) VALUES
    (1,  'Northside Minor Hockey Association', 'H', 'Y', 'treasurer@northsidemha.org',   date '2009-05-01'),
    (2,  'Riverside Rec Hockey League',        'H', 'A', 'ice@riversiderec.com',         date '2015-08-20'),
    (3,  'Old Timers Hockey 55+',              'H', 'A', NULL,                           date '2011-09-12'),
    (4,  'City Figure Skating Club',           'F', 'Y', 'office@cityfsc.org',           date '2008-01-15'),
    (5,  'Silver Blades Synchro',              'F', 'Y', 'silverblades.synchro@mail.com', date '2019-06-03'),
    (6,  'Lakeview Ringette',                  'R', 'Y', 'lakeviewringette@mail.com',    date '2016-09-01'),
    (7,  'Fire Department Hockey',             'H', 'A', NULL,                           date '2020-10-05'),
    (8,  'State University Club Hockey',       'H', 'A', 'clubhockey@stateu.edu',        date '2018-08-28'),
    (9,  'Adult Figure Skaters Circle',        'F', 'A', 'afsc.secretary@mail.com',      date '2026-10-20'),
    (10, 'Lady Panthers Girls Hockey',         'H', 'Y', 'panthers.girls@mail.com',      date '2026-07-01');

-- ---------------------------------------------------------------- ice_bkg (club ice-time bookings)
CREATE TABLE ice_bkg (
    bkg_id  integer PRIMARY KEY,
    club_id integer NOT NULL REFERENCES club (club_id),
    bkg_dt  date NOT NULL,
    st_tm   time NOT NULL,
    end_tm  time NOT NULL,
    rate_hr numeric(6,2) NOT NULL,
    bkg_st  char(1) NOT NULL,
    chg_amt numeric(8,2) NOT NULL,
    inv_no  integer
);
COMMENT ON TABLE ice_bkg IS 'Ice time booked by clubs';
COMMENT ON COLUMN ice_bkg.rate_hr IS 'ice price per hour for this booking, USD';
COMMENT ON COLUMN ice_bkg.bkg_st IS 'C = confirmed (ice used, or still to come), X = cancelled in time (not charged), L = cancelled late, under 48 hours (half charged)';
COMMENT ON COLUMN ice_bkg.chg_amt IS 'amount charged for the booking, USD: hours x rate_hr; half of that if cancelled late, 0 if cancelled in time';
COMMENT ON COLUMN ice_bkg.inv_no IS 'club_inv.inv_no of the invoice that billed the booking; NULL = not billed (yet)';

INSERT INTO ice_bkg (bkg_id, club_id, bkg_dt, st_tm, end_tm, rate_hr, bkg_st, chg_amt)
WITH d AS (
    SELECT g::date AS dt, extract(isodow FROM g)::int AS dow, ((g::date - date '2025-09-01') / 7) AS wk
    FROM generate_series(date '2025-09-01', date '2026-12-20', interval '1 day') AS g
    WHERE NOT (g >= date '2026-06-01' AND g < date '2026-08-15') AND g::date <> date '2025-12-25'
), slot (club_id, dow, st, mins) AS (
    VALUES (1, 1, time '17:00', 90), (1, 3, time '17:00', 90), (1, 6, time '07:00', 120),
           (2, 2, time '21:30', 90), (2, 4, time '21:45', 75),
           (3, 3, time '09:00', 60),
           (4, 1, time '15:30', 90), (4, 4, time '15:30', 90), (4, 7, time '08:00', 120),
           (5, 2, time '16:00', 60),
           (6, 5, time '17:00', 90),
           (7, 4, time '19:30', 60),
           (8, 7, time '20:00', 90),
           (10, 6, time '16:00', 60)
), b AS (
    SELECT row_number() OVER (ORDER BY d.dt, slot.st, slot.club_id)::int AS id,
           slot.club_id, d.dt, slot.st, slot.st + slot.mins * interval '1 minute' AS en, slot.mins,
           CASE WHEN c.rate_cd = 'Y' THEN 185 ELSE 265 END
           + CASE WHEN d.dt >= date '2026-08-15' THEN (CASE WHEN c.rate_cd = 'Y' THEN 10 ELSE 15 END) ELSE 0 END AS rate
    FROM d
    JOIN slot ON slot.dow = d.dow
    JOIN club c ON c.club_id = slot.club_id
    WHERE (slot.club_id <> 7 OR d.wk % 2 = 0)                       -- the firefighters skate every other week
      AND (slot.club_id <> 10 OR d.dt >= date '2026-09-01')         -- the girls' team started in September 2026
      AND (slot.club_id <> 3 OR d.dt < date '2026-05-01')           -- old timers take the spring off
)
SELECT id, club_id, dt, st, en, rate,
       CASE WHEN (id * 7) % 37 = 3 THEN 'X' WHEN id % 53 = 20 THEN 'L' ELSE 'C' END,
       CASE WHEN (id * 7) % 37 = 3 THEN 0
            WHEN id % 53 = 20 THEN round(rate * mins / 60.0 / 2, 2)
            ELSE round(rate * mins / 60.0, 2) END
FROM b;

-- ---------------------------------------------------------------- club_inv (monthly invoices to clubs)
CREATE TABLE club_inv (
    inv_no  integer PRIMARY KEY,
    club_id integer NOT NULL REFERENCES club (club_id),
    bill_mo date NOT NULL,
    iss_dt  date NOT NULL,
    due_dt  date NOT NULL,
    inv_amt numeric(9,2) NOT NULL,
    paid_dt date
);
COMMENT ON TABLE club_inv IS 'Invoices sent to clubs, one per club per month of ice used';
COMMENT ON COLUMN club_inv.bill_mo IS 'first day of the month of ice the invoice bills';
COMMENT ON COLUMN club_inv.iss_dt IS 'date the invoice was sent';
COMMENT ON COLUMN club_inv.due_dt IS 'payment due by this date';
COMMENT ON COLUMN club_inv.inv_amt IS 'invoice total, USD (sum of the billed bookings)';
COMMENT ON COLUMN club_inv.paid_dt IS 'date the payment came in; NULL = not paid yet';

INSERT INTO club_inv (inv_no, club_id, bill_mo, iss_dt, due_dt, inv_amt, paid_dt)
WITH m AS (
    SELECT club_id, date_trunc('month', bkg_dt)::date AS mo, sum(chg_amt) AS amt
    FROM ice_bkg
    WHERE bkg_st IN ('C', 'L') AND bkg_dt < date '2026-11-01'
    GROUP BY 1, 2
), n AS (
    SELECT m.*, 1000 + row_number() OVER (ORDER BY mo, club_id)::int AS inv_no,
           (mo + interval '1 month' + interval '2 days')::date AS iss
    FROM m
)
SELECT inv_no, club_id, mo, iss, iss + 30, amt,
       CASE WHEN club_id = 2 AND mo >= date '2026-07-01' THEN NULL           -- the adult league has stopped paying
            WHEN club_id = 7 AND mo = date '2026-03-01' THEN NULL            -- one old invoice never settled
            WHEN club_id IN (1, 6, 10) AND mo = date '2026-10-01' THEN NULL  -- sent in November, not due yet
            WHEN iss + (inv_no * 7) % 45 > date '2026-11-30' THEN NULL
            ELSE iss + (inv_no * 7) % 45 END
FROM n;

UPDATE ice_bkg b SET inv_no = i.inv_no
FROM club_inv i
WHERE i.club_id = b.club_id AND i.bill_mo = date_trunc('month', b.bkg_dt)::date AND b.bkg_st IN ('C', 'L');

-- ---------------------------------------------------------------- zam_log (ice resurfacing)
CREATE TABLE zam_log (
    rsf_id    integer PRIMARY KEY,
    rsf_ts    timestamptz NOT NULL,
    mach_cd   char(2) NOT NULL,
    oper      char(3) NOT NULL,
    rsf_cd    char(1) NOT NULL,
    water_l   smallint,
    dur_min   smallint NOT NULL,
    ice_tmp_c numeric(3,1)
);
COMMENT ON TABLE zam_log IS 'Ice resurfacer log: one row per run';
COMMENT ON COLUMN zam_log.rsf_ts IS 'when the run started';
COMMENT ON COLUMN zam_log.mach_cd IS 'Z1 = Zamboni 552AC (electric, the main machine), Z2 = Zamboni 526 (propane, backup)';
COMMENT ON COLUMN zam_log.oper IS 'initials of the driver';
COMMENT ON COLUMN zam_log.rsf_cd IS 'F = full resurface (shave and flood), D = dry shave only (no water laid)';
COMMENT ON COLUMN zam_log.water_l IS 'litres of hot water laid; 0 on a dry shave; NULL = meter not read';
COMMENT ON COLUMN zam_log.dur_min IS 'minutes the run took';
COMMENT ON COLUMN zam_log.ice_tmp_c IS 'ice surface temperature after the run, degrees C; NULL = not measured';

INSERT INTO zam_log (rsf_id, rsf_ts, mach_cd, oper, rsf_cd, water_l, dur_min, ice_tmp_c)
WITH d AS (
    SELECT g::date AS dt, extract(isodow FROM g)::int AS dow
    FROM generate_series(date '2025-09-01', date '2026-11-30', interval '1 day') AS g
    WHERE NOT (g >= date '2026-06-01' AND g < date '2026-08-15') AND g::date <> date '2025-12-25'
), r AS (
    SELECT d.dt, d.dow, k, tm,
           row_number() OVER (ORDER BY d.dt, tm)::int AS id
    FROM d
    CROSS JOIN LATERAL unnest(CASE d.dow
        WHEN 6 THEN ARRAY[time '06:30', time '09:40', time '12:35', time '15:20', time '18:40', time '21:10', time '23:10']
        WHEN 7 THEN ARRAY[time '07:30', time '09:40', time '12:35', time '15:20', time '18:40', time '21:50']
        ELSE ARRAY[time '06:40', time '11:40', time '15:15', time '18:50', time '22:35'] END) WITH ORDINALITY AS u (tm, k)
)
SELECT id,
       (dt + tm) AT TIME ZONE 'UTC' + (id % 7) * interval '1 minute',
       CASE WHEN dt BETWEEN date '2026-02-09' AND date '2026-02-20' OR id % 11 = 0 THEN 'Z2' ELSE 'Z1' END,
       CASE WHEN k <= 2 THEN (ARRAY['JDM','KLT'])[1 + (dt - date '2025-09-01') % 2]
            ELSE (ARRAY['RAP','SOB','TNG'])[1 + (dt - date '2025-09-01') % 3] END,
       CASE WHEN k = 1 AND dow IN (1, 4) THEN 'D' ELSE 'F' END,
       CASE WHEN k = 1 AND dow IN (1, 4) THEN 0
            WHEN id % 29 = 0 THEN NULL
            ELSE 420 + (id * 37) % 260 + CASE WHEN dt BETWEEN date '2026-02-09' AND date '2026-02-20' OR id % 11 = 0 THEN 60 ELSE 0 END END,
       CASE WHEN k = 1 AND dow IN (1, 4) THEN 8 + id % 3 ELSE 11 + id % 6 END,
       CASE WHEN id % 43 = 0 THEN NULL ELSE -(4.5 + (id % 21) / 10.0) END
FROM r;
