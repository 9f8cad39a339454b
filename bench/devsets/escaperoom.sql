-- Made-up schema: a small escape-room venue (UK, prices in GBP): rooms, game-masters, customers,
-- teams and their players, vouchers, bookings, game sessions (completion times, hints), payments
-- and reviews. Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is the end of 2026-12-04: bookings for later slots are still upcoming.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS rvw;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS gsess;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS vch;
DROP TABLE IF EXISTS plyr;
DROP TABLE IF EXISTS tm;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS gm;
DROP TABLE IF EXISTS rm;

-- ---------------------------------------------------------------- rm (rooms)
CREATE TABLE rm (
    rm_id       smallint PRIMARY KEY,
    rm_nm       text NOT NULL UNIQUE,
    thm_cd      char(2) NOT NULL,
    dfclty      smallint NOT NULL,
    min_pl      smallint NOT NULL,
    max_pl      smallint NOT NULL,
    tm_lmt_min  smallint NOT NULL,
    px_pp       numeric(6,2) NOT NULL,
    wchr_ok     boolean NOT NULL,
    open_dt     date NOT NULL,
    clsd_dt     date
);
COMMENT ON TABLE rm IS 'Escape rooms (games) the venue runs or has run';
COMMENT ON COLUMN rm.thm_cd IS 'theme: HO = horror, MY = mystery / detective, SF = sci-fi, HI = historical, FA = fantasy, KD = kids';
COMMENT ON COLUMN rm.dfclty IS 'difficulty 1 (easiest) to 5 (hardest)';
COMMENT ON COLUMN rm.min_pl IS 'minimum players per booking';
COMMENT ON COLUMN rm.max_pl IS 'maximum players per booking';
COMMENT ON COLUMN rm.tm_lmt_min IS 'time limit of the game, minutes';
COMMENT ON COLUMN rm.px_pp IS 'price per player, GBP';
COMMENT ON COLUMN rm.wchr_ok IS 'true = wheelchair accessible';
COMMENT ON COLUMN rm.clsd_dt IS 'date the room was permanently closed; NULL = still open';

INSERT INTO rm (rm_id, rm_nm, thm_cd, dfclty, min_pl, max_pl, tm_lmt_min, px_pp, wchr_ok, open_dt, clsd_dt) VALUES
    (1, 'The Pharaoh''s Tomb',    'HI', 3, 2, 6, 60, 24.00, true,  date '2019-03-01', NULL),
    (2, 'Asylum 13',              'HO', 4, 3, 6, 60, 26.00, false, date '2019-03-01', NULL),
    (3, 'Sherlock''s Study',      'MY', 2, 2, 5, 60, 22.00, true,  date '2020-07-15', NULL),
    (4, 'Lab Zero',               'SF', 5, 3, 7, 75, 28.00, false, date '2021-11-01', NULL),
    (5, 'The Wizard''s Library',  'FA', 3, 2, 6, 60, 24.00, true,  date '2022-04-01', NULL),
    (6, 'Pirate Cove Junior',     'KD', 1, 3, 8, 45, 16.00, true,  date '2023-06-01', NULL),
    (7, 'The Sunken Submarine',   'SF', 4, 2, 5, 60, 25.00, true,  date '2020-02-01', date '2025-10-31'),
    (8, 'Cabin in the Woods',     'HO', 5, 2, 6, 90, 30.00, false, date '2025-11-15', NULL);

-- ---------------------------------------------------------------- gm (game-masters)
CREATE TABLE gm (
    gm_id    smallint PRIMARY KEY,
    gm_nm    text NOT NULL UNIQUE,
    hire_dt  date NOT NULL,
    left_dt  date,
    hr_rt    numeric(6,2) NOT NULL,
    snr      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE gm IS 'Game-masters: staff who brief the teams, watch the cameras and give hints';
COMMENT ON COLUMN gm.left_dt IS 'last working day; NULL = still working here';
COMMENT ON COLUMN gm.hr_rt IS 'hourly pay rate, GBP';
COMMENT ON COLUMN gm.snr IS 'true = senior game-master (can run every room and train others)';

INSERT INTO gm (gm_id, gm_nm, hire_dt, left_dt, hr_rt, snr) VALUES
    (1, 'Hannah Fox',    date '2019-02-11', NULL,              14.50, true),
    (2, 'Josh Reid',     date '2020-06-01', NULL,              12.75, false),
    (3, 'Maya Patel',    date '2021-09-20', NULL,              13.20, true),
    (4, 'Callum Byrne',  date '2022-03-07', NULL,              12.40, false),
    (5, 'Ines Duarte',   date '2023-10-02', NULL,              12.40, false),
    (6, 'Ryan Moss',     date '2021-01-04', date '2025-08-15', 12.90, false),
    (7, 'Lucy Chen',     date '2025-09-01', NULL,              12.21, false),
    (8, 'Tariq Aziz',    date '2026-12-01', NULL,              12.21, false);

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id  integer PRIMARY KEY,
    f_nm     text NOT NULL,
    l_nm     text NOT NULL,
    email    text,
    mob_no   varchar(15) NOT NULL,
    co_nm    text,
    mkt_ok   boolean NOT NULL DEFAULT false,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers: whoever books a game or buys a gift voucher';
COMMENT ON COLUMN cust.email IS 'email address; NULL = none given (phone bookings)';
COMMENT ON COLUMN cust.mob_no IS 'mobile phone number';
COMMENT ON COLUMN cust.co_nm IS 'company name for corporate / team-building customers; NULL = private customer';
COMMENT ON COLUMN cust.mkt_ok IS 'true = agreed to receive our newsletter and offers';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer record was created';

INSERT INTO cust (cust_id, f_nm, l_nm, email, mob_no, co_nm, mkt_ok, crt_dt)
SELECT c, fn, ln,
       CASE WHEN c % 6 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || (c % 89)::text || '@'
                 || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','icloud.com','hotmail.co.uk'])[1 + c % 5] END,
       '07' || lpad(((c::bigint * 314159) % 1000000000)::text, 9, '0'),
       CASE WHEN c % 17 = 4 THEN
            (ARRAY['Brightwell Accountancy','Northgate Logistics','Pinecrest Software','Harbour Dental',
                   'Moorland Estates','Copperleaf Design','Kestrel Insurance','Bluefin Marketing',
                   'Oakridge Solicitors','Summit Recruitment','Riverside Vets','Quayside Media',
                   'Ironbridge Engineering','Lantern Games','Willow & Co','Redbrick Architects',
                   'Halcyon Travel','Granite Builders','Nimbus Cloud','Foxglove Florists',
                   'Beacon Housing','Tidewater Energy','Saffron Catering','Orchard Primary School',
                   'Meridian Bank','Clearview Opticians','Sterling Payroll'])[1 + c / 17]
       END,
       c % 3 <> 0,
       date '2025-01-01' + (c * 53) % 600
FROM (
    SELECT c,
           (ARRAY['Oliver','Amelia','Harry','Isla','Jack','Ava','Mohammed','Freya','Noah','Priya',
                  'George','Chloe','Arjun','Grace','Leo','Zara','Oscar','Ella','Kwame','Sofia',
                  'Liam','Megan','Tomasz','Aisha','Rory','Niamh'])[1 + c % 26] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Khan','Patel','Evans','Thomas',
                  'Roberts','Walker','Wright','Hughes','Kowalski','Green','Hall','Okafor','Clarke','Murphy',
                  'Ahmed','Davies','Lewis','Singh','Turner','Morgan','Baker','Doyle','Campbell'])[1 + (c * 11) % 29] AS ln
    FROM generate_series(1, 450) AS c
) n;

-- ---------------------------------------------------------------- tm (teams)
CREATE TABLE tm (
    tm_id         integer PRIMARY KEY,
    tm_nm         text NOT NULL UNIQUE,
    capt_cust_id  integer NOT NULL REFERENCES cust (cust_id),
    reg_dt        date NOT NULL
);
COMMENT ON TABLE tm IS 'Registered teams (for the leaderboard); the captain is the customer who books for the team';
COMMENT ON COLUMN tm.capt_cust_id IS 'team captain';
COMMENT ON COLUMN tm.reg_dt IS 'date the team was registered';

INSERT INTO tm (tm_id, tm_nm, capt_cust_id, reg_dt)
SELECT t,
       (ARRAY['Clever','Locked','Lost','Midnight','Puzzled','Sneaky','Mighty','Curious','Crafty','Frantic',
              'Golden','Silent','Rusty','Wild','Lucky'])[1 + t % 15] || ' '
       || (ARRAY['Owls','Keys','Foxes','Ninjas','Detectives','Goblins','Badgers','Pirates','Wizards','Lemurs'])[1 + (t / 15) % 10],
       1 + (t * 7) % 400,
       date '2025-01-01' + (t * 37) % 690
FROM generate_series(1, 150) AS t;

-- ---------------------------------------------------------------- plyr (players)
CREATE TABLE plyr (
    plyr_id  integer PRIMARY KEY,
    tm_id    integer NOT NULL REFERENCES tm (tm_id),
    plyr_nm  text NOT NULL,
    age_grp  char(1) NOT NULL,
    email    text
);
COMMENT ON TABLE plyr IS 'Players registered on a team';
COMMENT ON COLUMN plyr.age_grp IS 'age group: A = adult (18+), T = teenager (13-17), C = child (under 13)';
COMMENT ON COLUMN plyr.email IS 'NULL = player did not give an email';

INSERT INTO plyr (plyr_id, tm_id, plyr_nm, age_grp, email)
SELECT row_number() OVER (ORDER BY t, k), t, nm,
       CASE WHEN t % 9 = 0 AND k > 1 THEN 'C'
            WHEN (t * k) % 13 = 0 OR (t % 9 = 0 AND k = 1 AND t % 2 = 1) THEN 'T'
            ELSE 'A' END,
       CASE WHEN (t + k) % 3 = 0 THEN NULL ELSE lower(nm) || t::text || k::text || '@mail.example' END
FROM (
    SELECT t, k,
           (ARRAY['Sam','Alex','Jordan','Charlie','Robin','Jamie','Kai','Morgan','Bea','Dev',
                  'Elliot','Fatima','Hugo','Ivy','Jonah','Lena','Milo','Nadia','Owen','Pia',
                  'Quinn','Rosa','Seb','Tara','Umar','Vera','Wes'])[1 + (t * 5 + k * 3) % 27] AS nm
    FROM generate_series(1, 150) AS t, generate_series(1, 6) AS k
    WHERE k <= 3 + t % 4
) p;

-- ---------------------------------------------------------------- vch (vouchers)
CREATE TABLE vch (
    vch_cd         char(8) PRIMARY KEY,
    vch_typ        char(1) NOT NULL,
    val_amt        numeric(7,2),
    pct_off        smallint,
    iss_dt         date NOT NULL,
    exp_dt         date,
    buyer_cust_id  integer REFERENCES cust (cust_id)
);
COMMENT ON TABLE vch IS 'Vouchers and discount codes; a voucher is used when a booking carries its code (bkg.vch_cd)';
COMMENT ON COLUMN vch.vch_typ IS 'G = gift voucher bought by a customer, P = promotional discount code, C = complimentary voucher we gave away (complaints, competitions)';
COMMENT ON COLUMN vch.val_amt IS 'money value, GBP; NULL for percentage discount codes';
COMMENT ON COLUMN vch.pct_off IS 'percentage off the booking price; NULL for money-value vouchers';
COMMENT ON COLUMN vch.iss_dt IS 'date sold / issued / code went live';
COMMENT ON COLUMN vch.exp_dt IS 'last day the voucher or code can be used; NULL = never expires';
COMMENT ON COLUMN vch.buyer_cust_id IS 'customer who bought the gift voucher; NULL for codes and complimentary vouchers';

-- gift vouchers: GIFT0001..GIFT0070; number n is redeemed on booking 10n+3 unless n is a multiple of 4 or 11
INSERT INTO vch (vch_cd, vch_typ, val_amt, pct_off, iss_dt, exp_dt, buyer_cust_id)
SELECT 'GIFT' || lpad(n::text, 4, '0'), 'G',
       (ARRAY[50.00, 75.00, 100.00, 120.00])[1 + n % 4], NULL,
       d, d + 365,
       1 + (n * 53) % 450
FROM (
    SELECT n,
           date '2025-01-03' + ((10 * n + 3) * 29) / 30 - (1 + ((10 * n + 3) * 17) % 45) - 1 - (15 + (n * 13) % 200) AS d
    FROM generate_series(1, 70) AS n
) g;

-- complimentary vouchers: COMP0001..COMP0012; number n belongs to booking 60(n-1)+41, used unless (n-1) % 3 = 2
INSERT INTO vch (vch_cd, vch_typ, val_amt, pct_off, iss_dt, exp_dt, buyer_cust_id)
SELECT 'COMP' || lpad(n::text, 4, '0'), 'C', 50.00, NULL, d, d + 180, NULL
FROM (
    SELECT n, date '2025-01-03' + ((60 * (n - 1) + 41) * 29) / 30 - 60 AS d
    FROM generate_series(1, 12) AS n
) c;

INSERT INTO vch (vch_cd, vch_typ, val_amt, pct_off, iss_dt, exp_dt, buyer_cust_id) VALUES
    ('NEWYR025', 'P', NULL, 15, date '2025-01-01', date '2025-02-28', NULL),
    ('STUDNT10', 'P', NULL, 10, date '2024-09-01', NULL,              NULL),
    ('SUMMER25', 'P', NULL, 10, date '2025-06-01', date '2025-08-31', NULL),
    ('SPOOKY25', 'P', NULL, 20, date '2025-10-01', date '2025-10-31', NULL),
    ('SUMMER26', 'P', NULL, 10, date '2026-06-01', date '2026-08-31', NULL),
    ('SPOOKY26', 'P', NULL, 20, date '2026-10-01', date '2026-10-31', NULL),
    ('BLKFRI26', 'P', NULL, 25, date '2026-11-27', date '2026-11-30', NULL);

-- ---------------------------------------------------------------- bkg (bookings)
CREATE TABLE bkg (
    bkg_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    tm_id    integer,
    rm_id    smallint NOT NULL REFERENCES rm (rm_id),
    slot_ts  timestamptz NOT NULL,
    n_pl     smallint NOT NULL,
    px_tot   numeric(8,2) NOT NULL,
    vch_cd   char(8) REFERENCES vch (vch_cd),
    chan     char(1) NOT NULL,
    bkg_st   char(1) NOT NULL,
    made_ts  timestamptz NOT NULL,
    cncl_ts  timestamptz
);
COMMENT ON TABLE bkg IS 'Bookings of a room for a time slot';
COMMENT ON COLUMN bkg.tm_id IS 'registered team playing (tm.tm_id); NULL = casual group, no team registered';
COMMENT ON COLUMN bkg.slot_ts IS 'booked start of the game';
COMMENT ON COLUMN bkg.n_pl IS 'number of players booked';
COMMENT ON COLUMN bkg.px_tot IS 'list price of the booking (players x price per player) before any voucher or discount code, GBP';
COMMENT ON COLUMN bkg.vch_cd IS 'voucher or discount code used; NULL = none';
COMMENT ON COLUMN bkg.chan IS 'how it was booked: W = website, T = telephone, D = walk-in at the front desk';
COMMENT ON COLUMN bkg.bkg_st IS 'status: B = booked (game still to come), P = played, X = cancelled, N = no-show';
COMMENT ON COLUMN bkg.cncl_ts IS 'when the booking was cancelled; NULL = not cancelled';

INSERT INTO bkg (bkg_id, cust_id, tm_id, rm_id, slot_ts, n_pl, px_tot, vch_cd, chan, bkg_st, made_ts, cncl_ts)
WITH s AS (
    SELECT b,
           date '2025-01-03' + (b * 29) / 30 AS sd,
           (ARRAY[10, 12, 14, 16, 18, 20])[1 + (b * 5) % 6] AS hh,
           CASE WHEN b % 4 = 1 THEN 30 ELSE 0 END AS mi,
           CASE WHEN b % 10 <= 5 THEN 'W'
                WHEN b % 10 <= 8 THEN 'T'
                WHEN date '2025-01-03' + (b * 29) / 30 >= date '2026-12-05' THEN 'T'
                ELSE 'D' END AS chan,
           CASE WHEN b % 3 = 0 THEN 1 + ((b / 3) * 7) % 60 ELSE 1 + (b * 37) % 400 END AS cust_id,
           1 + (b * 5 + b / 7) % 8 AS r0
    FROM generate_series(1, 740) AS b
), s2 AS (
    SELECT s.*,
           CASE WHEN r0 IN (7, 8) AND sd BETWEEN date '2025-11-01' AND date '2025-11-14' THEN 3
                WHEN r0 = 7 AND sd >= date '2025-11-15' THEN 8
                WHEN r0 = 8 AND sd <= date '2025-10-31' THEN 7
                ELSE r0 END AS rm_id,
           (sd + make_time(hh, mi, 0)) AT TIME ZONE 'UTC' AS slot_ts
    FROM s
), s3 AS (
    SELECT s2.*,
           r.min_pl + (b * 3 + b / 5) % (r.max_pl - r.min_pl + 1) AS n_pl,
           r.px_pp,
           CASE WHEN chan = 'D' THEN slot_ts - interval '25 minutes'
                ELSE slot_ts - make_interval(days => 1 + (b * 17) % 45 + CASE WHEN sd >= date '2026-12-05' THEN 15 ELSE 0 END,
                                             mins => (b * 7) % 600) END AS made_ts
    FROM s2 JOIN rm r ON r.rm_id = s2.rm_id
), s4 AS (
    SELECT s3.*,
           CASE WHEN b % 10 = 3 AND b / 10 BETWEEN 1 AND 70 AND (b / 10) % 4 <> 0 AND (b / 10) % 11 <> 0
                     THEN 'GIFT' || lpad((b / 10)::text, 4, '0')
                WHEN b % 60 = 41 AND (b / 60) % 3 <> 2
                     THEN 'COMP' || lpad((b / 60 + 1)::text, 4, '0')
                WHEN b % 7 = 2
                     THEN coalesce((SELECT v.vch_cd FROM vch v
                                    WHERE v.vch_typ = 'P' AND v.exp_dt IS NOT NULL
                                      AND made_ts::date BETWEEN v.iss_dt AND v.exp_dt),
                                   CASE WHEN b % 2 = 0 THEN 'STUDNT10' END)
           END AS vch_cd
    FROM s3
), s5 AS (
    SELECT s4.*,
           CASE WHEN chan = 'D' THEN 'P'
                WHEN b % 11 = 3 AND vch_cd IS NULL THEN 'X'
                WHEN sd >= date '2026-12-05' THEN 'B'
                WHEN b % 29 = 8 THEN 'N'
                ELSE 'P' END AS bkg_st
    FROM s4
)
SELECT s5.b, s5.cust_id,
       CASE WHEN s5.b % 5 <> 0 THEN t.tm_id END,
       s5.rm_id, s5.slot_ts, s5.n_pl, s5.n_pl * s5.px_pp, s5.vch_cd, s5.chan, s5.bkg_st, s5.made_ts,
       CASE WHEN s5.bkg_st = 'X' THEN
            least(s5.made_ts + (s5.slot_ts - s5.made_ts) * 0.3, timestamptz '2026-12-04 17:45:00+00') END
FROM s5 LEFT JOIN tm t ON t.capt_cust_id = s5.cust_id;

-- customers and teams are recorded when they first book or buy
UPDATE cust c SET crt_dt = least(c.crt_dt,
    coalesce((SELECT min(b.made_ts)::date FROM bkg b WHERE b.cust_id = c.cust_id), c.crt_dt),
    coalesce((SELECT min(v.iss_dt) FROM vch v WHERE v.buyer_cust_id = c.cust_id), c.crt_dt));
UPDATE tm t SET reg_dt = least(t.reg_dt,
    coalesce((SELECT min(b.made_ts)::date FROM bkg b WHERE b.tm_id = t.tm_id), t.reg_dt));

-- ---------------------------------------------------------------- gsess (game sessions)
CREATE TABLE gsess (
    sess_id   integer PRIMARY KEY,
    bkg_id    integer NOT NULL UNIQUE REFERENCES bkg (bkg_id),
    gm_id     smallint NOT NULL,
    st_ts     timestamptz NOT NULL,
    n_pl_act  smallint NOT NULL,
    escd      boolean NOT NULL,
    esc_sec   integer,
    hints     smallint NOT NULL,
    photo_ok  boolean NOT NULL
);
COMMENT ON TABLE gsess IS 'Games actually played (one per played booking)';
COMMENT ON COLUMN gsess.gm_id IS 'game-master who ran the game (gm.gm_id)';
COMMENT ON COLUMN gsess.st_ts IS 'actual start of the game';
COMMENT ON COLUMN gsess.n_pl_act IS 'number of players who actually turned up';
COMMENT ON COLUMN gsess.escd IS 'true = the team got out before the time ran out';
COMMENT ON COLUMN gsess.esc_sec IS 'time taken to escape, seconds; NULL = the team ran out of time';
COMMENT ON COLUMN gsess.hints IS 'number of hints the team asked for';

INSERT INTO gsess (sess_id, bkg_id, gm_id, st_ts, n_pl_act, escd, esc_sec, hints, photo_ok)
SELECT row_number() OVER (ORDER BY b.bkg_id), b.bkg_id,
       CASE WHEN 1 + (b.bkg_id * 3 + b.bkg_id / 11) % 6 = 6 AND b.slot_ts >= timestamptz '2025-09-01 00:00:00+00' THEN 7
            WHEN 1 + (b.bkg_id * 3 + b.bkg_id / 11) % 6 = 6 AND b.slot_ts >= timestamptz '2025-08-16 00:00:00+00' THEN 1
            ELSE 1 + (b.bkg_id * 3 + b.bkg_id / 11) % 6 END,
       b.slot_ts + make_interval(mins => (b.bkg_id % 4) * 3),
       b.n_pl - CASE WHEN b.bkg_id % 9 = 4 AND b.n_pl > r.min_pl THEN 1 ELSE 0 END,
       e.escd,
       CASE WHEN e.escd THEN r.tm_lmt_min * 60 - 90 - (b.bkg_id * 131) % (r.tm_lmt_min * 60 - 900) END,
       CASE WHEN e.escd THEN (b.bkg_id * 3) % 4 + r.dfclty / 3 ELSE 1 + (b.bkg_id * 5) % 5 + r.dfclty / 3 END,
       b.bkg_id % 6 <> 0
FROM bkg b
JOIN rm r ON r.rm_id = b.rm_id
CROSS JOIN LATERAL (SELECT ((b.bkg_id * 7 + b.bkg_id / 13) % 10) < (ARRAY[9, 8, 6, 5, 3])[r.dfclty] AS escd) e
WHERE b.bkg_st = 'P';

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    bkg_id  integer NOT NULL REFERENCES bkg (bkg_id),
    pd_ts   timestamptz NOT NULL,
    amt     numeric(8,2) NOT NULL,
    mth     char(2) NOT NULL
);
COMMENT ON TABLE pmt IS 'Money received against bookings, and refunds';
COMMENT ON COLUMN pmt.pd_ts IS 'when the payment or refund was made';
COMMENT ON COLUMN pmt.amt IS 'amount, GBP; negative = refund';
COMMENT ON COLUMN pmt.mth IS 'method: CC = card, CA = cash, PP = PayPal, VC = gift or complimentary voucher redeemed (no money changes hands)';

INSERT INTO pmt (pmt_id, bkg_id, pd_ts, amt, mth)
WITH d AS (
    SELECT b.*, v.vch_typ,
           CASE WHEN v.vch_typ IN ('G', 'C') THEN least(v.val_amt, b.px_tot) ELSE 0 END AS vc_part,
           CASE WHEN v.vch_typ = 'P' THEN round(b.px_tot * v.pct_off / 100.0, 2) ELSE 0 END AS disc
    FROM bkg b LEFT JOIN vch v ON v.vch_cd = b.vch_cd
), d2 AS (
    SELECT d.*, px_tot - vc_part - disc AS due,
           CASE WHEN bkg_id % 7 = 0 THEN 'PP' ELSE 'CC' END AS web_mth
    FROM d
), p AS (
    -- vouchers redeemed when the booking is made
    SELECT bkg_id, made_ts AS pd_ts, vc_part AS amt, 'VC' AS mth FROM d2 WHERE vc_part > 0
    UNION ALL
    -- website bookings are paid in full when booked
    SELECT bkg_id, made_ts + interval '1 minute', due, web_mth FROM d2 WHERE chan = 'W' AND due > 0
    UNION ALL
    -- telephone bookings pay on the day, only when they play
    SELECT bkg_id, slot_ts - interval '10 minutes', due, CASE WHEN bkg_id % 3 = 0 THEN 'CA' ELSE 'CC' END
    FROM d2 WHERE chan = 'T' AND bkg_st = 'P' AND due > 0
    UNION ALL
    -- walk-ins pay at the desk
    SELECT bkg_id, made_ts + interval '2 minutes', due, CASE WHEN bkg_id % 2 = 0 THEN 'CA' ELSE 'CC' END
    FROM d2 WHERE chan = 'D' AND due > 0
    UNION ALL
    -- cancelled website bookings: refunded when cancelled in time
    SELECT bkg_id, cncl_ts + interval '1 hour', -due, web_mth
    FROM d2 WHERE chan = 'W' AND bkg_st = 'X' AND bkg_id % 2 = 0 AND due > 0
    UNION ALL
    -- goodwill part-refunds after a played game went wrong
    SELECT bkg_id, slot_ts + interval '2 days', -20.00, 'CC'
    FROM d2 WHERE bkg_st = 'P' AND bkg_id % 53 = 10
)
SELECT row_number() OVER (ORDER BY pd_ts, bkg_id, amt), bkg_id, pd_ts, amt, mth FROM p;

-- ---------------------------------------------------------------- rvw (reviews)
CREATE TABLE rvw (
    rvw_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    src       char(1) NOT NULL,
    stars     smallint NOT NULL,
    rvw_dt    date NOT NULL,
    txt       text,
    reply_dt  date
);
COMMENT ON TABLE rvw IS 'Customer reviews of a played game';
COMMENT ON COLUMN rvw.src IS 'where it was posted: G = Google, T = TripAdvisor, W = our own website';
COMMENT ON COLUMN rvw.stars IS 'rating, 1 to 5 stars';
COMMENT ON COLUMN rvw.txt IS 'review text; NULL = star rating only';
COMMENT ON COLUMN rvw.reply_dt IS 'date we replied to the review; NULL = not replied yet';

INSERT INTO rvw (rvw_id, bkg_id, src, stars, rvw_dt, txt, reply_dt)
SELECT row_number() OVER (ORDER BY rvw_dt, bkg_id), bkg_id, src, stars, rvw_dt, txt,
       CASE WHEN (bkg_id / 3) % 4 = 1 OR rvw_dt > date '2026-11-25' THEN NULL ELSE rvw_dt + (1 + bkg_id % 6) END
FROM (
    SELECT b.bkg_id,
           (ARRAY['G', 'G', 'T', 'W', 'G'])[1 + b.bkg_id % 5] AS src,
           greatest(1, CASE (b.bkg_id * 7) % 10 WHEN 0 THEN 2 WHEN 1 THEN 3 WHEN 2 THEN 4 WHEN 3 THEN 4 ELSE 5 END
                       - CASE WHEN g.escd THEN 0 ELSE 1 END
                       - CASE WHEN b.rm_id = 2 AND b.bkg_id % 2 = 0 THEN 1 ELSE 0 END) AS stars,
           b.slot_ts::date + b.bkg_id % 9 AS rvw_dt,
           CASE WHEN b.bkg_id % 4 = 0 THEN NULL
                ELSE (ARRAY['Brilliant puzzles, great fun!', 'Our game-master was fantastic.',
                            'A bit too hard for us but loved it.', 'Props felt a little worn.',
                            'Best escape room in town.', 'Great for a team day out.',
                            'Scary in the best way.', 'Kids had a blast.'])[1 + b.bkg_id % 8] END AS txt
    FROM bkg b JOIN gsess g ON g.bkg_id = b.bkg_id
    WHERE b.bkg_st = 'P' AND (b.bkg_id % 3 = 1 OR b.bkg_id % 7 = 0)
) r
WHERE rvw_dt <= date '2026-12-04';
