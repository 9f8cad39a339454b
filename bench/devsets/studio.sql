-- Made-up schema: a music rehearsal and recording studio (rooms, customers = bands and solo
-- artists, engineers, room bookings, backline gear rented per booking, invoices, payments and
-- the loyalty punch card). Data are deterministic (generate_series and modulo arithmetic, no
-- random()); the data cut-off is 2026-06-30 (bookings after that date are upcoming).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS punch;
DROP TABLE IF EXISTS bkg_gear;
DROP TABLE IF EXISTS gear;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS eng;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS rm;

-- ---------------------------------------------------------------- rm (rooms)
CREATE TABLE rm (
    rm_id     smallint PRIMARY KEY,
    rm_nm     text NOT NULL,
    rm_typ    char(1) NOT NULL,
    hr_rate   numeric(6,2) NOT NULL,
    area_sqm  smallint NOT NULL,
    drum_kit  boolean NOT NULL DEFAULT false,
    opened_dt date NOT NULL
);
COMMENT ON TABLE rm IS 'Rooms of the studio that can be booked';
COMMENT ON COLUMN rm.rm_typ IS 'R = rehearsal room, S = recording studio, M = mixed (rehearsal and recording)';
COMMENT ON COLUMN rm.hr_rate IS 'room price per hour, USD';
COMMENT ON COLUMN rm.area_sqm IS 'floor area, square metres';
COMMENT ON COLUMN rm.drum_kit IS 'a house drum kit is set up in the room';

INSERT INTO rm (rm_id, rm_nm, rm_typ, hr_rate, area_sqm, drum_kit, opened_dt) VALUES
    (1, 'Room A',    'R', 35.00, 28, true,  '2016-04-01'),
    (2, 'Room B',    'R', 30.00, 22, true,  '2016-04-01'),
    (3, 'Room C',    'R', 25.00, 16, false, '2018-09-01'),
    (4, 'Studio 1',  'S', 85.00, 45, true,  '2017-02-01'),
    (5, 'Studio 2',  'S', 65.00, 30, false, '2021-05-01'),
    (6, 'The Barn',  'M', 55.00, 60, true,  '2022-10-01'),
    (7, 'Room D',    'R', 28.00, 18, true,  '2026-07-01');

-- ---------------------------------------------------------------- cust (bands and solo artists)
CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    cust_nm     text NOT NULL,
    cust_typ    char(1) NOT NULL,
    genre       char(2) NOT NULL,
    n_memb      smallint NOT NULL,
    city        text NOT NULL,
    email       text,
    phone       varchar(20),
    joined_dt   date NOT NULL,
    referred_by integer
);
COMMENT ON TABLE cust IS 'Customers: bands and solo artists';
COMMENT ON COLUMN cust.cust_typ IS 'B = band, S = solo artist';
COMMENT ON COLUMN cust.genre IS 'RK = rock, MT = metal, JZ = jazz, PP = pop, FK = folk, HH = hip-hop, EL = electronic';
COMMENT ON COLUMN cust.n_memb IS 'number of members (1 for a solo artist)';
COMMENT ON COLUMN cust.email IS 'contact email; NULL = no email on file';
COMMENT ON COLUMN cust.referred_by IS 'customer who referred them (cust.cust_id), no foreign key; NULL = not referred';

INSERT INTO cust (cust_id, cust_nm, cust_typ, genre, n_memb, city, email, phone, joined_dt, referred_by)
SELECT g, nm, typ,
       (ARRAY['RK','MT','JZ','PP','FK','HH','EL'])[1 + (g * 5) % 7],
       CASE WHEN typ = 'B' THEN 2 + (g * 7) % 5 ELSE 1 END,
       (ARRAY['Austin','Austin','Round Rock','Austin','San Marcos','Austin','Pflugerville','Georgetown'])[1 + (g * 3) % 8],
       CASE WHEN g % 11 = 0 THEN NULL
            ELSE lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || g || '@example.com' END,
       '512-555-' || lpad(((g * 389) % 10000)::text, 4, '0'),
       date '2022-03-01' + g * 6,
       CASE WHEN g % 6 = 0 THEN 1 + (g * 7) % (g - 1) END
FROM (
    SELECT g,
           CASE WHEN g % 3 = 0 THEN 'S' ELSE 'B' END AS typ,
           CASE WHEN g % 3 = 0
                THEN (ARRAY['Maya','Jonah','Lucia','Theo','Nina','Omar','Ruby','Felix','Ines','Caleb',
                            'Zoe','Malik','Hana','Oscar','Lila','Dev','Greta','Rafael','Suki','Ada'])[1 + g % 20]
                     || ' ' ||
                     (ARRAY['Reyes','Hart','Moreno','Quinn','Vance','Okoro','Lindqvist','Baptiste','Farrow','Castillo','Nakamura'])[1 + (g / 20) % 11]
                ELSE 'The ' ||
                     (ARRAY['Velvet','Rusty','Electric','Midnight','Paper','Neon','Hollow','Golden','Broken','Silent','Wild','Lunar'])[1 + g % 12]
                     || ' ' ||
                     (ARRAY['Foxes','Engines','Saints','Tides','Ghosts','Rivals','Kites','Wolves','Arrows','Owls','Comets','Pilots','Lanterns','Ravens','Hounds','Sparks','Drifters'])[1 + (g / 12) % 17]
           END AS nm
    FROM generate_series(1, 200) AS g
) c;

-- ---------------------------------------------------------------- eng (engineers)
CREATE TABLE eng (
    eng_id   smallint PRIMARY KEY,
    eng_nm   text NOT NULL,
    eng_lvl  char(1) NOT NULL,
    hr_fee   numeric(6,2) NOT NULL,
    hired_dt date NOT NULL,
    left_dt  date
);
COMMENT ON TABLE eng IS 'Sound engineers who run recording sessions';
COMMENT ON COLUMN eng.eng_lvl IS 'J = junior (assistant), S = senior, C = chief engineer';
COMMENT ON COLUMN eng.hr_fee IS 'engineer fee per hour, USD, billed on top of the room';
COMMENT ON COLUMN eng.left_dt IS 'last working day; NULL = still works here';

INSERT INTO eng (eng_id, eng_nm, eng_lvl, hr_fee, hired_dt, left_dt) VALUES
    (1, 'Marco Diaz',   'C', 45.00, '2017-02-01', NULL),
    (2, 'Jenny Walsh',  'S', 35.00, '2020-06-15', NULL),
    (3, 'Tom Berg',     'S', 35.00, '2021-11-01', '2025-08-31'),
    (4, 'Aiko Sato',    'J', 20.00, '2024-02-01', NULL),
    (5, 'Lena Okafor',  'J', 20.00, '2025-09-15', NULL),
    (6, 'Sam Price',    'J', 20.00, '2026-06-01', NULL);

-- ---------------------------------------------------------------- bkg (room bookings)
CREATE TABLE bkg (
    bkg_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    rm_id    smallint NOT NULL REFERENCES rm (rm_id),
    bkg_typ  char(1) NOT NULL,
    start_ts timestamptz NOT NULL,
    hrs      numeric(3,1) NOT NULL,
    bkg_stat char(2) NOT NULL,
    eng_id   smallint REFERENCES eng (eng_id),
    chan     char(1) NOT NULL,
    cxl_ts   timestamptz
);
COMMENT ON TABLE bkg IS 'Room bookings';
COMMENT ON COLUMN bkg.bkg_typ IS 'R = rehearsal, C = recording session';
COMMENT ON COLUMN bkg.hrs IS 'booked length, hours';
COMMENT ON COLUMN bkg.bkg_stat IS 'BK = booked (upcoming), DN = done (session took place), NS = no-show, CX = cancelled by the customer, CS = cancelled by the studio';
COMMENT ON COLUMN bkg.eng_id IS 'engineer running the session; NULL = no house engineer (rehearsals, or the customer brought their own)';
COMMENT ON COLUMN bkg.chan IS 'how it was booked: W = website, P = phone, I = in person at the desk';
COMMENT ON COLUMN bkg.cxl_ts IS 'when the booking was cancelled; NULL = not cancelled';

INSERT INTO bkg (bkg_id, cust_id, rm_id, bkg_typ, start_ts, hrs, bkg_stat, eng_id, chan, cxl_ts)
WITH b AS (
    SELECT g,
           CASE WHEN g % 4 = 0 THEN 'C' ELSE 'R' END AS typ,
           CASE WHEN g % 4 = 1 THEN 1 + ((g * g * 13 + g * 71) % 1009) % 40         -- regulars book more
                ELSE 1 + ((g * g * 17 + g * 37) % 1013) % 200 END AS c0,
           timestamptz '2024-01-02 00:00:00+00' + ((g * 13) / 36) * interval '1 day'
             + CASE WHEN g % 4 = 0 THEN 10 + (g % 3) * 2 ELSE 10 + (g * 7) % 12 END * interval '1 hour' AS start_ts
    FROM generate_series(1, 2600) AS g
), s AS (
    SELECT b.*,
           CASE WHEN c0 % 23 = 0 THEN c0 + 1 ELSE c0 END AS cust_id,
           CASE WHEN typ = 'C' THEN (ARRAY[4, 4, 5, 5, 6])[1 + ((g * g * 11 + g) % 103) % 5]
                ELSE (ARRAY[1, 1, 1, 2, 2, 3, 3, 6])[1 + ((g * g * 7 + g * 3) % 101) % 8] END AS rm_id,
           CASE WHEN typ = 'C' THEN (ARRAY[4.0, 6.0, 8.0, 10.0, 6.0, 5.0])[1 + (g / 4) % 6]
                ELSE (ARRAY[2.0, 3.0, 2.0, 4.0, 3.0, 2.5])[1 + (g * 5) % 6] END AS hrs,
           CASE WHEN start_ts >= timestamptz '2026-07-01 00:00:00+00' THEN CASE WHEN g % 17 = 0 THEN 'CX' ELSE 'BK' END
                WHEN g % 29 = 0 THEN 'NS'
                WHEN g % 13 = 0 THEN 'CX'
                WHEN g % 41 = 0 THEN 'CS'
                ELSE 'DN' END AS stat
    FROM b
)
SELECT g, cust_id, rm_id, typ, start_ts, hrs, stat,
       CASE WHEN typ = 'R' THEN NULL
            WHEN (g / 4) % 9 = 0 THEN NULL
            WHEN start_ts < timestamptz '2024-02-01 00:00:00+00' THEN (ARRAY[1, 2, 3])[1 + (g / 4) % 3]
            WHEN start_ts < timestamptz '2025-09-01 00:00:00+00' THEN (ARRAY[1, 2, 3, 4, 2])[1 + (g / 4) % 5]
            WHEN start_ts < timestamptz '2025-09-15 00:00:00+00' THEN (ARRAY[1, 2, 4])[1 + (g / 4) % 3]
            ELSE (ARRAY[1, 2, 4, 5, 5])[1 + (g / 4) % 5] END,
       (ARRAY['W', 'W', 'P', 'W', 'I', 'P'])[1 + (g * 11) % 6],
       CASE WHEN stat IN ('CX', 'CS') THEN least(start_ts - (1 + g % 10) * interval '1 day' - (g % 7) * interval '1 hour',
                                             timestamptz '2026-06-30 18:00:00+00' - (g % 7) * interval '1 hour') END
FROM s;

-- ---------------------------------------------------------------- gear (backline for rent)
CREATE TABLE gear (
    gear_id    smallint PRIMARY KEY,
    gear_nm    text NOT NULL,
    gear_cat   smallint NOT NULL,
    rent_fee   numeric(6,2) NOT NULL,
    qty_own    smallint NOT NULL,
    retired_dt date
);
COMMENT ON TABLE gear IS 'Backline equipment the studio rents out with a booking';
COMMENT ON COLUMN gear.gear_cat IS '1 = amplifier, 2 = drums and cymbals, 3 = keyboard, 4 = microphone, 5 = PA / monitoring';
COMMENT ON COLUMN gear.rent_fee IS 'rental price per unit per booking, USD';
COMMENT ON COLUMN gear.qty_own IS 'units owned';
COMMENT ON COLUMN gear.retired_dt IS 'date taken out of service; NULL = still available for rent';

INSERT INTO gear (gear_id, gear_nm, gear_cat, rent_fee, qty_own, retired_dt) VALUES
    (1,  'Marshall JCM800 head + 4x12 cab', 1, 25.00, 2,  NULL),
    (2,  'Fender Twin Reverb',              1, 20.00, 2,  NULL),
    (3,  'Ampeg SVT bass rig',              1, 25.00, 1,  NULL),
    (4,  'Orange Rockerverb 50',            1, 25.00, 1,  NULL),
    (5,  'Vox AC30',                        1, 20.00, 1,  '2025-10-01'),
    (6,  'DW Collector''s drum kit',        2, 40.00, 1,  NULL),
    (7,  'Ludwig Classic Maple drum kit',   2, 35.00, 1,  NULL),
    (8,  'Zildjian A Custom cymbal pack',   2, 15.00, 2,  NULL),
    (9,  'Ludwig Black Beauty snare',       2, 10.00, 1,  NULL),
    (10, 'Nord Stage 3',                    3, 30.00, 1,  NULL),
    (11, 'Hammond XK-5 with Leslie',        3, 45.00, 1,  NULL),
    (12, 'Yamaha CP88',                     3, 25.00, 1,  NULL),
    (13, 'Shure SM58',                      4, 3.00,  12, NULL),
    (14, 'Shure SM57',                      4, 3.00,  10, NULL),
    (15, 'Neumann U87',                     4, 20.00, 2,  NULL),
    (16, 'QSC K12.2 PA pair',               5, 30.00, 2,  NULL),
    (17, 'In-ear monitor kit (4 mixes)',    5, 25.00, 1,  NULL),
    (18, 'Moog Minimoog Model D',           3, 35.00, 1,  '2026-03-01');

-- ---------------------------------------------------------------- bkg_gear (gear rented per booking)
CREATE TABLE bkg_gear (
    bkg_id   integer NOT NULL REFERENCES bkg (bkg_id),
    gear_id  smallint NOT NULL,
    qty      smallint NOT NULL,
    fee      numeric(7,2) NOT NULL,
    dmg      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (bkg_id, gear_id)
);
COMMENT ON TABLE bkg_gear IS 'Backline rented with a booking';
COMMENT ON COLUMN bkg_gear.gear_id IS 'gear item (gear.gear_id); no foreign key';
COMMENT ON COLUMN bkg_gear.qty IS 'units rented';
COMMENT ON COLUMN bkg_gear.fee IS 'rental charged for this line, USD (unit fee x units)';
COMMENT ON COLUMN bkg_gear.dmg IS 'returned damaged';

INSERT INTO bkg_gear (bkg_id, gear_id, qty, fee, dmg)
WITH l AS (
    SELECT bkg_id, start_ts, 1 + (bkg_id * 5) % 16 AS gid FROM bkg
    WHERE bkg_stat NOT IN ('CX', 'CS') AND (bkg_id % 3 = 0 OR bkg_id % 7 = 0)
    UNION
    SELECT bkg_id, start_ts, 1 + (bkg_id * 11 + 3) % 16 FROM bkg
    WHERE bkg_stat NOT IN ('CX', 'CS') AND bkg_id % 7 = 0
), m AS (
    SELECT DISTINCT bkg_id,
           CASE WHEN gid = 5 AND start_ts >= timestamptz '2025-10-01 00:00:00+00' THEN 2 ELSE gid END AS gid
    FROM l
)
SELECT m.bkg_id, m.gid,
       CASE WHEN g.gear_cat = 4 AND g.rent_fee < 10 THEN 1 + m.bkg_id % 4 ELSE 1 END,
       g.rent_fee * CASE WHEN g.gear_cat = 4 AND g.rent_fee < 10 THEN 1 + m.bkg_id % 4 ELSE 1 END,
       m.bkg_id % 47 = 0
FROM m JOIN gear g ON g.gear_id = m.gid;

-- ---------------------------------------------------------------- punch (loyalty punch cards)
CREATE TABLE punch (
    card_id    integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    issued_dt  date NOT NULL,
    punches    smallint NOT NULL,
    full_dt    date,
    rdm_dt     date,
    rdm_bkg_id integer
);
COMMENT ON TABLE punch IS 'Loyalty punch cards: one punch per completed booking, 10 punches = one free room hour';
COMMENT ON COLUMN punch.punches IS 'punches on the card (0-10)';
COMMENT ON COLUMN punch.full_dt IS 'day the 10th punch was added; NULL = card not full yet';
COMMENT ON COLUMN punch.rdm_dt IS 'day the free hour was used; NULL = not redeemed yet';
COMMENT ON COLUMN punch.rdm_bkg_id IS 'booking the free hour was taken off (bkg.bkg_id); no foreign key; NULL = not redeemed yet';

INSERT INTO punch (card_id, cust_id, issued_dt, punches, full_dt, rdm_dt, rdm_bkg_id)
WITH d AS (
    SELECT bkg_id, cust_id, (start_ts AT TIME ZONE 'UTC')::date AS dt,
           row_number() OVER (PARTITION BY cust_id ORDER BY start_ts, bkg_id) AS n
    FROM bkg WHERE bkg_stat = 'DN'
), c AS (
    SELECT cust_id, (n - 1) / 10 + 1 AS card_no, min(dt) AS issued, count(*) AS punches,
           max(dt) FILTER (WHERE n % 10 = 0) AS full_dt
    FROM d GROUP BY 1, 2
)
SELECT row_number() OVER (ORDER BY c.issued, c.cust_id, c.card_no), c.cust_id, c.issued, c.punches, c.full_dt,
       r.dt, r.bkg_id
FROM c LEFT JOIN d r
  ON r.cust_id = c.cust_id AND r.n = c.card_no * 10 + 1
 AND c.full_dt IS NOT NULL AND (c.cust_id + c.card_no) % 5 <> 0;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_id   integer PRIMARY KEY,
    bkg_id   integer NOT NULL,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    rm_amt   numeric(8,2) NOT NULL,
    eng_amt  numeric(8,2) NOT NULL DEFAULT 0,
    gear_amt numeric(8,2) NOT NULL DEFAULT 0,
    disc_amt numeric(8,2) NOT NULL DEFAULT 0,
    tot_amt  numeric(8,2) NOT NULL,
    paid_dt  date,
    dun_lvl  smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE inv IS 'Invoices, one per booking that took place or was a no-show';
COMMENT ON COLUMN inv.bkg_id IS 'booking invoiced (bkg.bkg_id); no foreign key, billing was added later';
COMMENT ON COLUMN inv.rm_amt IS 'room charge, USD (no-shows are billed half the booked room time)';
COMMENT ON COLUMN inv.eng_amt IS 'engineer charge, USD';
COMMENT ON COLUMN inv.gear_amt IS 'backline rental, USD';
COMMENT ON COLUMN inv.disc_amt IS 'punch-card discount (one free room hour), USD';
COMMENT ON COLUMN inv.tot_amt IS 'total due, USD: room + engineer + gear - discount';
COMMENT ON COLUMN inv.paid_dt IS 'date the invoice was paid in full; NULL = not paid (in full) yet';
COMMENT ON COLUMN inv.dun_lvl IS 'reminders sent: 0 = none, 1 = first reminder, 2 = final notice, 3 = handed to collections';

INSERT INTO inv (inv_id, bkg_id, cust_id, inv_dt, due_dt, rm_amt, eng_amt, gear_amt, disc_amt, tot_amt, paid_dt, dun_lvl)
WITH a AS (
    SELECT b.bkg_id, b.cust_id, (b.start_ts AT TIME ZONE 'UTC')::date AS inv_dt,
           CASE WHEN b.bkg_stat = 'NS' THEN round(b.hrs * r.hr_rate / 2, 2) ELSE b.hrs * r.hr_rate END AS rm_amt,
           CASE WHEN b.bkg_stat = 'NS' OR e.eng_id IS NULL THEN 0 ELSE b.hrs * e.hr_fee END AS eng_amt,
           CASE WHEN b.bkg_stat = 'NS' THEN 0 ELSE coalesce((SELECT sum(fee) FROM bkg_gear x WHERE x.bkg_id = b.bkg_id), 0) END AS gear_amt,
           CASE WHEN EXISTS (SELECT 1 FROM punch p WHERE p.rdm_bkg_id = b.bkg_id) THEN r.hr_rate ELSE 0 END AS disc_amt
    FROM bkg b JOIN rm r ON r.rm_id = b.rm_id LEFT JOIN eng e ON e.eng_id = b.eng_id
    WHERE b.bkg_stat IN ('DN', 'NS')
), n AS (
    SELECT a.*, row_number() OVER (ORDER BY inv_dt, bkg_id) AS inv_id FROM a
), p AS (
    SELECT n.*,
           CASE WHEN inv_dt >= date '2026-06-12' AND inv_id % 3 <> 0 THEN NULL
                WHEN inv_id % 31 = 0 THEN NULL
                ELSE least(inv_dt + ((inv_id * 7) % 25)::int, date '2026-06-30') END AS paid_dt
    FROM n
)
SELECT inv_id, bkg_id, cust_id, inv_dt, inv_dt + 14, rm_amt, eng_amt, gear_amt, disc_amt,
       rm_amt + eng_amt + gear_amt - disc_amt, paid_dt,
       CASE WHEN paid_dt IS NOT NULL THEN CASE WHEN paid_dt > inv_dt + 14 THEN 1 ELSE 0 END
            WHEN date '2026-06-30' <= inv_dt + 14 THEN 0
            WHEN date '2026-06-30' - (inv_dt + 14) <= 30 THEN 1
            WHEN date '2026-06-30' - (inv_dt + 14) <= 60 THEN 2
            ELSE 3 END
FROM p;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    inv_id  integer NOT NULL REFERENCES inv (inv_id),
    pd_dt   date NOT NULL,
    amt     numeric(8,2) NOT NULL,
    mth     char(1) NOT NULL
);
COMMENT ON TABLE pmt IS 'Payments received against invoices (a deposit and the rest, or one payment)';
COMMENT ON COLUMN pmt.pd_dt IS 'date the money came in';
COMMENT ON COLUMN pmt.amt IS 'amount received, USD';
COMMENT ON COLUMN pmt.mth IS 'C = cash, K = card, T = bank transfer, V = Venmo';

INSERT INTO pmt (pmt_id, inv_id, pd_dt, amt, mth)
WITH x AS (
    -- deposit (30 %) five days before the session: every 4th paid invoice and every 5th unpaid one
    SELECT inv_id, inv_dt - 5 AS pd_dt, round(tot_amt * 0.3, 2) AS amt, 1 AS seq
    FROM inv
    WHERE (paid_dt IS NOT NULL AND inv_id % 4 = 0) OR (paid_dt IS NULL AND inv_id % 5 = 0)
    UNION ALL
    -- the rest (or everything) on the day the invoice was settled
    SELECT inv_id, paid_dt, CASE WHEN inv_id % 4 = 0 THEN tot_amt - round(tot_amt * 0.3, 2) ELSE tot_amt END, 2
    FROM inv
    WHERE paid_dt IS NOT NULL
)
SELECT row_number() OVER (ORDER BY pd_dt, inv_id, seq), inv_id, pd_dt, amt,
       (ARRAY['K', 'K', 'T', 'C', 'K', 'V', 'T'])[1 + (inv_id * 3 + seq) % 7]
FROM x;
