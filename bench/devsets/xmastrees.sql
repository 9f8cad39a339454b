-- Made-up schema: Penrose Christmas Trees, Higher Combe Farm, near Hatherleigh, Devon (prices in GBP).
-- Tom and Jenny Penrose grow Christmas trees on eight plots (fields) and sell them three ways:
--   * choose-and-cut: in October the crew walk the plots that are open to the public and put a
--     numbered tag on every tree of saleable height (tag_no = season yy * 10000 + running number,
--     so 250123 is tag 123 of the 2025 season; the tag's height band sets the price). Customers pick a
--     tagged tree, cut it with our saws and bring the tag to the till. Trees can be reserved ahead by
--     phone with a deposit; reserved trees are collected and cut the same way.
--   * pre-cut: the crew cut trees from the plots that are closed to the public and stand them in the
--     yard; pre-cut trees carry no tag.
--   * wholesale: garden centres across Devon and Cornwall order trees in bundles by variety and size
--     band, mostly in September/October with top-up orders in late November and December; we deliver
--     on our own lorry and invoice on account.
-- Every retail tree can be netted at the netting machine in the yard (small charge, free for reserved
-- trees) and delivered locally for a charge. Customers are only on file if they gave their details
-- (reservation, delivery, or the mailing list at the till); most cash customers stay anonymous.
-- The selling season runs from the last Friday of November to 23 December: Friday to Sunday, plus every
-- day from 19 December. Two tills: 1 = the yard shed (pre-cut, netting, wreaths), 2 = the field hut.
-- Takings are counted per trading week and written up against the Sunday that closes it.
-- Seasonal staff are taken on for the selling season; shifts are logged per person per day.
-- Dead or damaged trees can be brought back (or a garden centre reports them) and are refunded or replaced.
-- Data run from January 2024 to 30 November 2026 (the first selling weekend of the 2026 season is in);
-- three selling seasons: 2024, 2025 and the start of 2026. Planting years go back to 2012 because a
-- tree takes 7 to 11 years to grow (batches before 2024 have a year but no date); staff start dates
-- and garden-centre account dates are older history too.
-- Data are deterministic (generate_series and modulo arithmetic, no random()).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS tree_return;
DROP TABLE IF EXISTS till_wkend;
DROP TABLE IF EXISTS shift;
DROP TABLE IF EXISTS sale;
DROP TABLE IF EXISTS tree_tag;
DROP TABLE IF EXISTS ws_order_ln;
DROP TABLE IF EXISTS ws_order;
DROP TABLE IF EXISTS garden_ctr;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS planting;
DROP TABLE IF EXISTS variety;
DROP TABLE IF EXISTS plot;

-- ---------------------------------------------------------------- plot (fields)
CREATE TABLE plot (
    plot_id       smallint PRIMARY KEY,
    plot_nm       text NOT NULL,
    acres         numeric(4,1) NOT NULL,
    cyo_ok        boolean NOT NULL,
    rested_since  date
);
COMMENT ON TABLE plot IS 'The fields trees are grown in';
COMMENT ON COLUMN plot.cyo_ok IS 'true = open to the public for choose-and-cut; false = crew only (pre-cut and wholesale trees)';
COMMENT ON COLUMN plot.rested_since IS 'date the plot was cleared and left fallow; NULL = in use';

INSERT INTO plot (plot_id, plot_nm, acres, cyo_ok, rested_since) VALUES
    (1, 'Top Field',     6.5, true,  NULL),
    (2, 'Long Meadow',   9.0, true,  NULL),
    (3, 'Bottom Brake',  4.0, false, NULL),
    (4, 'Quarry Piece',  3.5, false, NULL),
    (5, 'Chapel Field',  7.5, true,  NULL),
    (6, 'Withy Bed',     2.0, false, date '2025-02-10'),
    (7, 'New Ground',    5.0, false, NULL),
    (8, 'Lane End',      3.0, true,  NULL);

-- ---------------------------------------------------------------- variety
CREATE TABLE variety (
    var_cd       char(2) PRIMARY KEY,
    var_nm       text NOT NULL,
    px_per_ft    numeric(5,2) NOT NULL,
    non_drop     boolean NOT NULL,
    yrs_to_sale  smallint NOT NULL
);
COMMENT ON TABLE variety IS 'Tree varieties we grow';
COMMENT ON COLUMN variety.px_per_ft IS 'retail price per foot of height for the 2024 season (2025 prices +4%, 2026 +8%, rounded to the pound)';
COMMENT ON COLUMN variety.non_drop IS 'true = sold as a non-drop (needle-holding) variety';
COMMENT ON COLUMN variety.yrs_to_sale IS 'usual years from planting to a 6ft tree';

INSERT INTO variety (var_cd, var_nm, px_per_ft, non_drop, yrs_to_sale) VALUES
    ('NF', 'Nordmann Fir',   12.00, true,  8),
    ('NS', 'Norway Spruce',   8.00, false, 7),
    ('FF', 'Fraser Fir',     13.50, true,  9),
    ('NB', 'Noble Fir',      14.00, true,  10),
    ('BS', 'Blue Spruce',    11.00, false, 9),
    ('SP', 'Serbian Spruce',  9.00, false, 7),
    ('KF', 'Korean Fir',     16.00, true,  10);

-- ---------------------------------------------------------------- planting (batches planted)
CREATE TABLE planting (
    plant_id        integer PRIMARY KEY,
    plot_id         smallint NOT NULL REFERENCES plot (plot_id),
    var_cd          char(2) NOT NULL REFERENCES variety (var_cd),
    plant_yr        smallint NOT NULL,
    plant_dt        date,
    qty_planted     integer NOT NULL,
    qty_lost        integer,
    nursery         text,
    cost_per_plant  numeric(5,2)
);
COMMENT ON TABLE planting IS 'One row per batch of transplants put into a plot in a year';
COMMENT ON COLUMN planting.plant_dt IS 'date planted; NULL for batches planted before 2024 (year only, from the old notebook)';
COMMENT ON COLUMN planting.qty_lost IS 'transplants that died or were culled, counted at the spring walk; NULL = not counted yet';
COMMENT ON COLUMN planting.nursery IS 'nursery the transplants came from; NULL = raised from our own seedlings';
COMMENT ON COLUMN planting.cost_per_plant IS 'GBP per transplant; NULL for our own seedlings';

INSERT INTO planting (plant_id, plot_id, var_cd, plant_yr, plant_dt, qty_planted, qty_lost, nursery, cost_per_plant)
WITH b AS (
    SELECT y, p, 1 AS slot, (y * 7 + p * 3) % 6 AS vi
    FROM generate_series(2012, 2026) y, generate_series(1, 8) p
    WHERE (y + p) % 2 = 0
      AND NOT (p = 6 AND y > 2016)
      AND NOT (p = 7 AND y < 2024)
    UNION ALL
    SELECT y, p, 2, ((y * 7 + p * 3) % 6 + 1 + (y + p) % 5) % 6
    FROM generate_series(2012, 2026) y, generate_series(1, 8) p
    WHERE (y + p) % 2 = 0 AND (y * p) % 3 = 0
      AND NOT (p = 6 AND y > 2016)
      AND NOT (p = 7 AND y < 2024)
), v AS (
    SELECT y, p, slot, (ARRAY['NF','NS','FF','NB','SP','BS'])[1 + vi] AS var_cd,
           CASE WHEN slot = 1 THEN 400 + ((y * 37 + p * 91) % 8) * 100
                ELSE 200 + ((y * 11 + p * 13) % 4) * 100 END AS qty
    FROM b
    UNION ALL
    SELECT 2015, 5, 3, 'KF', 150
    UNION ALL
    SELECT 2017, 1, 3, 'KF', 120
)
SELECT row_number() OVER (ORDER BY y, p, slot),
       p, var_cd, y,
       CASE WHEN y >= 2024 THEN make_date(y, 3, 4) + (p * 5 + y + slot) % 24 END,
       qty,
       CASE WHEN y = 2026 THEN NULL
            ELSE round(qty * (3 + (y * p * 7 + slot) % 15) / 100.0)::int END,
       (ARRAY['Cheviot Trees','Alba Trees','Maelor Nurseries', NULL])[1 + (y + p * 2 + slot) % 4],
       CASE WHEN (y + p * 2 + slot) % 4 = 3 THEN NULL
            ELSE round(0.45 + (y - 2010) * 0.03 + ((y * 3 + p) % 5) * 0.05, 2) END
FROM v;

-- ---------------------------------------------------------------- cust (retail customers on file)
CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    cust_nm     text NOT NULL,
    postcode    varchar(8) NOT NULL,
    phone       varchar(15),
    email       text,
    mailing_ok  boolean NOT NULL DEFAULT false,
    crt_dt      date NOT NULL
);
COMMENT ON TABLE cust IS 'Retail customers who gave us their details (reservations, deliveries, mailing list sign-ups at the till or the August open day)';
COMMENT ON COLUMN cust.mailing_ok IS 'true = happy to get the "we''re open" postcard and email';
COMMENT ON COLUMN cust.crt_dt IS 'date first put on file';

INSERT INTO cust (cust_id, cust_nm, postcode, phone, email, mailing_ok, crt_dt)
SELECT c,
       t || ' ' || i || ' ' || ln,
       pc || ' ' || (1 + c % 9)::text || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + c % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c * 7) % 20, 1),
       CASE WHEN c % 5 = 2 THEN NULL ELSE '07' || lpad(((c::bigint * 7919 * 104729) % 1000000000)::text, 9, '0') END,
       CASE WHEN c % 3 = 1 THEN NULL ELSE lower(i) || lower(replace(ln, '''', '')) || (c % 89)::text || '@'
            || (ARRAY['gmail.com','btinternet.com','hotmail.co.uk','outlook.com','yahoo.co.uk'])[1 + c % 5] END,
       c % 4 <> 3,
       date '2026-11-29' - (c * 13) % 1000
FROM (
    SELECT c,
           (ARRAY['Mr','Mrs','Ms','Mr','Mrs','Dr','Miss'])[1 + c % 7] AS t,
           substr('ABCDEGHJKLMNPRSTW', 1 + (c * 5) % 17, 1) AS i,
           (ARRAY['Hocking','Luxton','Vanstone','Heard','Squire','Chudleigh','Tremlett','Bowden','Jewell','Mudge',
                  'Braund','Slee','Hockridge','Dart','Gliddon','Passmore','Ellacott','Westcott','Chammings','Quance',
                  'Smith','Jones','Taylor','Brown','Patel','Walker','O''Neill','Kowalski','Ahmed','Murphy','Hughes'])[1 + (c * 11) % 31] AS ln,
           (ARRAY['EX20','EX20','EX21','EX22','EX19','EX31','EX38','EX39','PL19','EX17','EX5','EX4'])[1 + (c * 3) % 12] AS pc
    FROM generate_series(1, 700) AS c
) n;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id   smallint PRIMARY KEY,
    staff_nm   text NOT NULL,
    role_cd    char(1) NOT NULL,
    seasonal   boolean NOT NULL,
    hr_rt      numeric(5,2),
    start_dt   date NOT NULL,
    left_dt    date
);
COMMENT ON TABLE staff IS 'Everyone who works on the farm, family included';
COMMENT ON COLUMN staff.role_cd IS 'O = owner / family, F = field crew (tagging, cutting, planting), Y = yard (netting, loading), T = till, D = delivery driver';
COMMENT ON COLUMN staff.seasonal IS 'true = taken on for the selling season only';
COMMENT ON COLUMN staff.hr_rt IS 'current hourly pay, GBP; NULL = family, not on the payroll';
COMMENT ON COLUMN staff.left_dt IS 'last day worked; NULL = still on the books (seasonal staff who come back every year keep an open record)';

INSERT INTO staff (staff_id, staff_nm, role_cd, seasonal, hr_rt, start_dt, left_dt) VALUES
    (1,  'Tom Penrose',       'O', false, NULL,  date '2009-04-01', NULL),
    (2,  'Jenny Penrose',     'O', false, NULL,  date '2009-04-01', NULL),
    (3,  'Sam Penrose',       'F', false, 13.50, date '2019-06-01', NULL),
    (4,  'Dai Morgan',        'F', false, 14.20, date '2016-03-01', NULL),
    (5,  'Kerry Luxton',      'T', false, 12.90, date '2021-11-20', NULL),
    (6,  'Gary Heard',        'D', false, 13.00, date '2022-09-01', date '2025-06-30'),
    (7,  'Ben Chudleigh',     'D', false, 13.40, date '2025-08-18', NULL),
    (8,  'Lily Ashworth',     'T', true,  12.71, date '2024-11-25', NULL),
    (9,  'Josh Vanstone',     'Y', true,  11.44, date '2024-11-25', date '2024-12-23'),
    (10, 'Megan Squire',      'Y', true,  12.71, date '2024-11-25', NULL),
    (11, 'Callum Rowe',       'F', true,  12.21, date '2024-11-25', date '2025-12-23'),
    (12, 'Ellie Braund',      'T', true,  11.44, date '2024-11-29', date '2024-12-22'),
    (13, 'Kacper Nowak',      'F', true,  13.10, date '2024-11-25', NULL),
    (14, 'Harvey Dart',       'Y', true,  12.21, date '2025-11-24', date '2025-12-23'),
    (15, 'Poppy Jewell',      'T', true,  12.71, date '2025-11-24', NULL),
    (16, 'Ruby Tremlett',     'Y', true,  12.71, date '2025-11-24', NULL),
    (17, 'Oscar Bowden',      'F', true,  12.21, date '2025-11-24', date '2025-12-12'),
    (18, 'Aisha Begum',       'T', true,  12.71, date '2026-11-23', NULL),
    (19, 'Finn Hockridge',    'Y', true,  12.71, date '2026-11-23', NULL),
    (20, 'Tilly Mudge',       'Y', true,  12.71, date '2026-11-23', NULL),
    (21, 'Reuben Slee',       'F', true,  12.71, date '2026-11-23', NULL),
    (22, 'Marta Kowalczyk',   'Y', true,  12.71, date '2026-11-23', date '2026-11-28');

-- ---------------------------------------------------------------- garden_ctr (wholesale customers)
CREATE TABLE garden_ctr (
    gc_id           smallint PRIMARY KEY,
    gc_nm           text NOT NULL,
    town            text NOT NULL,
    contact_nm      text,
    terms_dy        smallint NOT NULL,
    on_stop         boolean NOT NULL DEFAULT false,
    acct_opened_dt  date NOT NULL
);
COMMENT ON TABLE garden_ctr IS 'Garden centres and shops we supply wholesale';
COMMENT ON COLUMN garden_ctr.terms_dy IS 'payment terms, days after delivery';
COMMENT ON COLUMN garden_ctr.on_stop IS 'true = account on stop, no more deliveries until they pay';

INSERT INTO garden_ctr (gc_id, gc_nm, town, contact_nm, terms_dy, on_stop, acct_opened_dt) VALUES
    (1,  'Moorview Garden Centre',    'Okehampton',      'Steve Cann',      30, false, date '2014-08-12'),
    (2,  'Taw Valley Nurseries',      'Barnstaple',      'Linda Pugsley',   30, false, date '2016-09-01'),
    (3,  'Clyst Garden Centre',       'Exeter',          NULL,              45, false, date '2018-07-20'),
    (4,  'Tamar Bridge Plants',       'Saltash',         'Rob Keast',       30, false, date '2019-08-05'),
    (5,  'Holsworthy Country Store',  'Holsworthy',      'Pat Ward',        14, false, date '2012-10-01'),
    (6,  'Bideford Garden World',     'Bideford',        'Claire Isaac',    30, false, date '2017-09-15'),
    (7,  'Crediton Garden & Pet',     'Crediton',        NULL,              30, false, date '2020-08-24'),
    (8,  'Tavistock Garden Centre',   'Tavistock',       'Mark Doidge',     60, false, date '2015-07-30'),
    (9,  'Launceston Farm Shop',      'Launceston',      'Hannah Ball',     14, false, date '2021-09-09'),
    (10, 'South Hams Garden Centre',  'Kingsbridge',     'Ian Widdicombe',  30, false, date '2025-07-14'),
    (11, 'Torridge Nursery',          'Great Torrington','Dave Fulford',    30, true,  date '2019-08-01'),
    (12, 'Bude Garden Centre',        'Bude',            'Sarah Penhale',   30, false, date '2026-10-19');

-- ---------------------------------------------------------------- ws_order (wholesale orders)
CREATE TABLE ws_order (
    ord_id      integer PRIMARY KEY,
    gc_id       smallint NOT NULL REFERENCES garden_ctr (gc_id),
    season_yr   smallint NOT NULL,
    ord_dt      date NOT NULL,
    req_dlv_dt  date NOT NULL,
    dlv_dt      date,
    stat        char(1) NOT NULL,
    cncl_dt     date,
    inv_no      varchar(12),
    paid_dt     date,
    haul_chg    numeric(6,2) NOT NULL
);
COMMENT ON TABLE ws_order IS 'Wholesale orders from garden centres, one per delivery';
COMMENT ON COLUMN ws_order.req_dlv_dt IS 'date the garden centre asked us to deliver';
COMMENT ON COLUMN ws_order.dlv_dt IS 'date actually delivered; NULL = not delivered (not yet, or cancelled)';
COMMENT ON COLUMN ws_order.stat IS 'C = confirmed, not delivered yet; D = delivered, invoice unpaid; P = paid; X = cancelled';
COMMENT ON COLUMN ws_order.cncl_dt IS 'date the order was cancelled; NULL = not cancelled';
COMMENT ON COLUMN ws_order.haul_chg IS 'haulage charged on top of the trees, GBP (0 for the local centres)';

INSERT INTO ws_order (ord_id, gc_id, season_yr, ord_dt, req_dlv_dt, dlv_dt, stat, cncl_dt, inv_no, paid_dt, haul_chg)
WITH b AS (
    SELECT g, s, k,
           CASE WHEN k = 1 THEN make_date(s, 9, 1) + (g * 7 + s) % 45
                ELSE make_date(s, 11, 18) + (g * 3 + k * 6) % 22 END AS ord_dt,
           (g * 7 + s + k * 3) % 13 = 0 AS cancelled
    FROM generate_series(1, 11) g, generate_series(2024, 2026) s, generate_series(1, 4) k
    WHERE k <= 1 + (g * 5 + s) % 4
      AND NOT (g = 10 AND s = 2024)
      AND NOT (g = 11 AND s = 2026)
), r AS (
    SELECT b.*,
           CASE WHEN k = 1 THEN make_date(s, 11, 20) + g % 9 ELSE ord_dt + 4 + g % 3 END AS req_dlv_dt
    FROM b
    WHERE ord_dt <= date '2026-11-30'
), d AS (
    SELECT r.*,
           CASE WHEN cancelled THEN NULL
                WHEN req_dlv_dt + (ARRAY[-1,0,0,0,1,2,0,3])[1 + (g + k + s) % 8] > date '2026-11-30' THEN NULL
                ELSE req_dlv_dt + (ARRAY[-1,0,0,0,1,2,0,3])[1 + (g + k + s) % 8] END AS dlv_dt
    FROM r
), p AS (
    SELECT d.*,
           CASE WHEN dlv_dt IS NULL THEN NULL
                WHEN g = 11 AND s = 2025 THEN NULL
                WHEN dlv_dt + gc.terms_dy + ((g * k + s) % 15 - 4) > date '2026-11-30' THEN NULL
                ELSE dlv_dt + gc.terms_dy + ((g * k + s) % 15 - 4) END AS paid_dt
    FROM d JOIN garden_ctr gc ON gc.gc_id = d.g
)
SELECT row_number() OVER (ORDER BY ord_dt, g),
       g, s, ord_dt, req_dlv_dt, dlv_dt,
       CASE WHEN cancelled THEN 'X' WHEN dlv_dt IS NULL THEN 'C' WHEN paid_dt IS NOT NULL THEN 'P' ELSE 'D' END,
       CASE WHEN cancelled THEN ord_dt + 5 + g % 10 END,
       NULL::varchar,
       paid_dt,
       CASE WHEN g IN (1, 5) THEN 0.00 ELSE 30.00 + ((g * 7) % 6) * 10 END
FROM p;

UPDATE ws_order SET inv_no = 'PT' || (season_yr % 100)::text || '-' || lpad(ord_id::text, 4, '0')
WHERE dlv_dt IS NOT NULL;

-- ---------------------------------------------------------------- ws_order_ln (lines: which varieties and sizes)
CREATE TABLE ws_order_ln (
    ord_id    integer NOT NULL REFERENCES ws_order (ord_id),
    ln_no     smallint NOT NULL,
    var_cd    char(2) NOT NULL REFERENCES variety (var_cd),
    size_bnd  varchar(5) NOT NULL,
    qty       integer NOT NULL,
    unit_px   numeric(6,2) NOT NULL,
    PRIMARY KEY (ord_id, ln_no)
);
COMMENT ON TABLE ws_order_ln IS 'Order lines: trees of one variety and size band on a wholesale order';
COMMENT ON COLUMN ws_order_ln.size_bnd IS 'height band in feet: 4-5, 5-6, 6-7, 7-8, 8-10';
COMMENT ON COLUMN ws_order_ln.unit_px IS 'trade price per tree, GBP';

INSERT INTO ws_order_ln (ord_id, ln_no, var_cd, size_bnd, qty, unit_px)
WITH o AS (
    SELECT ord_id, season_yr,
           row_number() OVER (PARTITION BY gc_id, season_yr ORDER BY ord_dt) AS k
    FROM ws_order
), l AS (
    SELECT o.ord_id, o.season_yr, o.k, ln
    FROM o, generate_series(1, 4) ln
    WHERE ln <= CASE WHEN o.k = 1 THEN 1 + (o.ord_id * 7) % 4 ELSE 1 + o.ord_id % 2 END
), v AS (
    SELECT l.*,
           CASE WHEN ln = 1 THEN 'NF' ELSE (ARRAY['NS','FF','NB','SP','BS'])[1 + (ord_id + ln) % 5] END AS var_cd,
           CASE WHEN ln = 1 THEN (ARRAY['5-6','6-7'])[1 + ord_id % 2]
                ELSE (ARRAY['4-5','5-6','6-7','7-8','8-10'])[1 + (ord_id * 3 + ln) % 5] END AS size_bnd
    FROM l
)
SELECT ord_id, ln, var_cd, size_bnd,
       CASE WHEN k = 1 THEN 20 + ((ord_id * 13 + ln * 7) % 12) * 10 ELSE 5 + ((ord_id + ln) % 6) * 5 END,
       round(CASE var_cd WHEN 'NF' THEN 18 WHEN 'NS' THEN 11 WHEN 'FF' THEN 21 WHEN 'NB' THEN 22
                         WHEN 'SP' THEN 13 ELSE 17 END
             * CASE size_bnd WHEN '4-5' THEN 0.8 WHEN '5-6' THEN 1.0 WHEN '6-7' THEN 1.3 WHEN '7-8' THEN 1.7 ELSE 2.4 END
             * CASE season_yr WHEN 2024 THEN 1.00 WHEN 2025 THEN 1.03 ELSE 1.06 END, 2)
FROM v;

-- ---------------------------------------------------------------- tree_tag (tags put on choose-and-cut trees)
CREATE TABLE tree_tag (
    tag_no       integer PRIMARY KEY,
    plant_id     integer NOT NULL REFERENCES planting (plant_id),
    season_yr    smallint NOT NULL,
    tag_dt       date NOT NULL,
    ht_band      char(1) NOT NULL,
    status       char(1) NOT NULL,
    rsv_cust_id  integer REFERENCES cust (cust_id),
    rsv_dt       date,
    dep_amt      numeric(6,2)
);
COMMENT ON TABLE tree_tag IS 'Numbered tags put on standing trees in the choose-and-cut plots each October';
COMMENT ON COLUMN tree_tag.ht_band IS 'tag colour / height band: A = under 5ft (white), B = 5-6ft (yellow), C = 6-7ft (green), D = 7-8ft (blue), E = 8ft and over (red)';
COMMENT ON COLUMN tree_tag.status IS 'A = available, still standing; R = reserved, deposit taken, not cut yet; S = sold (cut and paid at the till); D = damaged or died in the field, written off; U = unsold at the end of the season, tag taken off';
COMMENT ON COLUMN tree_tag.rsv_cust_id IS 'customer the tree was reserved for; NULL = never reserved';
COMMENT ON COLUMN tree_tag.dep_amt IS 'reservation deposit taken, GBP (kept if the tree is not collected)';

INSERT INTO tree_tag (tag_no, plant_id, season_yr, tag_dt, ht_band, status, rsv_cust_id, rsv_dt, dep_amt)
WITH w AS (
    SELECT s AS season, array_agg(pl.plant_id ORDER BY pl.plant_id, x) AS ids
    FROM generate_series(2024, 2026) s
    JOIN planting pl ON pl.plant_yr BETWEEN s - 11 AND s - 7
    JOIN plot p ON p.plot_id = pl.plot_id AND p.cyo_ok
    CROSS JOIN LATERAL generate_series(1, greatest(1, (pl.qty_planted - coalesce(pl.qty_lost, 0)) / 100)) x
    GROUP BY s
), t AS (
    SELECT season, n,
           ids[1 + (n * 7 + n / 5) % array_length(ids, 1)] AS plant_id,
           (n * 37 + season) % 100 AS h,
           (n % 16 = 3 OR n % 23 = 7) AS rsv
    FROM w, generate_series(1, CASE season WHEN 2024 THEN 620 WHEN 2025 THEN 680 ELSE 720 END) n
)
SELECT (season - 2000) * 10000 + n,
       plant_id, season,
       make_date(season, 10, 1) + (n % 29),
       CASE WHEN (n * 13) % 20 < 3 THEN 'A' WHEN (n * 13) % 20 < 9 THEN 'B' WHEN (n * 13) % 20 < 15 THEN 'C'
            WHEN (n * 13) % 20 < 19 THEN 'D' ELSE 'E' END,
       CASE WHEN season < 2026 THEN
                CASE WHEN rsv THEN CASE WHEN n % 5 = 0 THEN 'U' ELSE 'S' END
                     WHEN h < 3 THEN 'D' WHEN h < 80 THEN 'S' ELSE 'U' END
            ELSE
                CASE WHEN rsv THEN CASE WHEN n % 4 = 0 THEN 'S' ELSE 'R' END
                     WHEN h < 1 THEN 'D' WHEN h < 17 THEN 'S' ELSE 'A' END
       END,
       CASE WHEN rsv THEN 1 + ((n * 29 + season) % 420) + ((n * 29 + season) % 420) / 10 END,
       CASE WHEN rsv THEN make_date(season, 10, 1) + (n % 29) + 3 + n % 24 END,
       CASE WHEN NOT rsv THEN NULL WHEN n % 19 = 0 THEN 0.00 WHEN season = 2026 THEN 15.00 ELSE 10.00 END
FROM t;

-- ---------------------------------------------------------------- sale (retail tree sales at the tills)
CREATE TABLE sale (
    sale_id   integer PRIMARY KEY,
    sale_dt   date NOT NULL,
    till_no   smallint NOT NULL,
    sale_typ  char(1) NOT NULL,
    tag_no    integer UNIQUE REFERENCES tree_tag (tag_no),
    cust_id   integer REFERENCES cust (cust_id),
    var_cd    char(2) NOT NULL REFERENCES variety (var_cd),
    ht_ft     numeric(3,1) NOT NULL,
    tree_amt  numeric(7,2) NOT NULL,
    net_yn    char(1) NOT NULL,
    net_amt   numeric(5,2) NOT NULL,
    dlv_req   boolean NOT NULL DEFAULT false,
    dlv_dt    date,
    dlv_amt   numeric(6,2),
    pay_mth   char(2) NOT NULL,
    void_dt   date
);
COMMENT ON TABLE sale IS 'One row per retail tree rung through a till';
COMMENT ON COLUMN sale.till_no IS '1 = yard shed, 2 = field hut';
COMMENT ON COLUMN sale.sale_typ IS 'C = choose-and-cut (tagged tree cut by the customer), R = reserved tree collected, P = pre-cut from the yard';
COMMENT ON COLUMN sale.tag_no IS 'tag handed in at the till; NULL for pre-cut trees (not tagged)';
COMMENT ON COLUMN sale.cust_id IS 'customer, when they gave their details; NULL = anonymous';
COMMENT ON COLUMN sale.ht_ft IS 'height measured at the till, feet';
COMMENT ON COLUMN sale.tree_amt IS 'price of the tree, GBP; for reserved trees this is the full price, the deposit was taken earlier';
COMMENT ON COLUMN sale.net_yn IS 'Y = netted at the machine, N = not netted';
COMMENT ON COLUMN sale.net_amt IS 'netting charge, GBP (2.50, 3.00 from 2026; free for reserved trees)';
COMMENT ON COLUMN sale.dlv_req IS 'true = customer asked for the tree to be delivered';
COMMENT ON COLUMN sale.dlv_dt IS 'date delivered; NULL = not delivered (not asked for, or not gone out yet)';
COMMENT ON COLUMN sale.dlv_amt IS 'delivery charge, GBP; NULL when no delivery asked for';
COMMENT ON COLUMN sale.pay_mth IS 'CA = cash, CD = card, VO = gift voucher, NC = no charge (tree donated to a school, church or charity)';
COMMENT ON COLUMN sale.void_dt IS 'date the sale was voided at the till (rung in by mistake); NULL = stands';

INSERT INTO sale (sale_id, sale_dt, till_no, sale_typ, tag_no, cust_id, var_cd, ht_ft, tree_amt,
                  net_yn, net_amt, dlv_req, dlv_dt, dlv_amt, pay_mth, void_dt)
WITH od AS (
    SELECT s AS season, array_agg(d::date ORDER BY d, r) AS days
    FROM generate_series(2024, 2026) s
    CROSS JOIN LATERAL generate_series(
        make_date(s, 11, 30) - ((extract(isodow FROM make_date(s, 11, 30))::int - 5 + 7) % 7),
        make_date(s, 12, 23), interval '1 day') d
    CROSS JOIN LATERAL generate_series(1, CASE extract(isodow FROM d) WHEN 6 THEN 3 WHEN 7 THEN 2 ELSE 1 END) r
    WHERE (extract(isodow FROM d) IN (5, 6, 7) OR (extract(month FROM d) = 12 AND extract(day FROM d) >= 19))
      AND d <= date '2026-11-30'
    GROUP BY s
), tg AS (      -- tagged trees sold (choose-and-cut and reserved)
    SELECT 1 AS src, t.season_yr AS season, t.tag_no % 10000 AS n, t.tag_no,
           CASE WHEN t.rsv_cust_id IS NOT NULL THEN 'R' ELSE 'C' END AS sale_typ,
           CASE WHEN (t.tag_no % 10000) % 3 = 0 THEN 1 ELSE 2 END AS till_no,
           pl.var_cd,
           CASE t.ht_band WHEN 'A' THEN 4.0 WHEN 'B' THEN 5.0 WHEN 'C' THEN 6.0 WHEN 'D' THEN 7.0 ELSE 8.0 END
             + CASE WHEN t.ht_band = 'E' THEN ((t.tag_no % 10000) % 25) / 10.0 ELSE ((t.tag_no % 10000) % 10) / 10.0 END AS ht_ft,
           CASE WHEN t.rsv_cust_id IS NOT NULL THEN t.rsv_cust_id
                WHEN ((t.tag_no % 10000) * 7) % 20 < 7 THEN
                    1 + (((t.tag_no % 10000) * 53 + t.season_yr * 7) % CASE t.season_yr WHEN 2024 THEN 380 WHEN 2025 THEN 500 ELSE 620 END)
                      + (((t.tag_no % 10000) * 53 + t.season_yr * 7) % CASE t.season_yr WHEN 2024 THEN 380 WHEN 2025 THEN 500 ELSE 620 END) / 10
           END AS cust_id,
           false AS voided
    FROM tree_tag t JOIN planting pl ON pl.plant_id = t.plant_id
    WHERE t.status = 'S'
), pc AS (      -- pre-cut trees from the yard
    SELECT 2 AS src, s AS season, n, NULL::integer AS tag_no, 'P' AS sale_typ,
           CASE WHEN n % 7 = 0 THEN 2 ELSE 1 END AS till_no,
           (ARRAY['NF','NF','NF','NS','NS','FF','NF','SP','NB','NF','NS','BS'])[1 + (n * 5) % 12] AS var_cd,
           4.0 + ((n * 7) % 45) / 10.0 AS ht_ft,
           CASE WHEN n % 6 = 1 AND n % 47 <> 5 THEN
                    1 + ((n * 31 + s) % CASE s WHEN 2024 THEN 380 WHEN 2025 THEN 500 ELSE 620 END)
                      + ((n * 31 + s) % CASE s WHEN 2024 THEN 380 WHEN 2025 THEN 500 ELSE 620 END) / 10
           END AS cust_id,
           n % 47 = 5 AS voided
    FROM generate_series(2024, 2026) s,
         generate_series(1, CASE s WHEN 2024 THEN 390 WHEN 2025 THEN 440 ELSE 95 END) n
), a AS (
    SELECT * FROM tg UNION ALL SELECT * FROM pc
), b AS (
    SELECT a.*,
           od.days[1 + (a.n * CASE a.src WHEN 1 THEN 17 ELSE 29 END + a.src * 3) % array_length(od.days, 1)] AS sale_dt,
           CASE WHEN a.voided THEN 'CD'
                WHEN (a.n * 11 + a.season + a.src) % 100 < 34 THEN 'CA'
                WHEN (a.n * 11 + a.season + a.src) % 100 < 97 THEN 'CD'
                WHEN (a.n * 11 + a.season + a.src) % 100 < 99 THEN 'VO'
                WHEN a.cust_id IS NULL THEN 'NC'
                ELSE 'CD' END AS pay_mth,
           CASE WHEN (a.n * 3 + a.season + a.src) % 10 < 8 THEN 'Y' ELSE 'N' END AS net_yn,
           (a.cust_id IS NOT NULL AND NOT a.voided AND (a.n + a.src) % 9 = 2) AS dlv_req
    FROM a JOIN od ON od.season = a.season
)
SELECT row_number() OVER (ORDER BY b.sale_dt, b.till_no, b.src, b.n),
       b.sale_dt, b.till_no, b.sale_typ, b.tag_no, b.cust_id, b.var_cd, b.ht_ft,
       CASE WHEN b.pay_mth = 'NC' THEN 0.00
            ELSE round(v.px_per_ft * b.ht_ft * CASE b.season WHEN 2024 THEN 1.00 WHEN 2025 THEN 1.04 ELSE 1.08 END) END,
       b.net_yn,
       CASE WHEN b.net_yn = 'N' OR b.sale_typ = 'R' OR b.pay_mth = 'NC' THEN 0.00
            WHEN b.season = 2026 THEN 3.00 ELSE 2.50 END,
       b.dlv_req,
       CASE WHEN b.dlv_req AND b.sale_dt + 1 + b.n % 3 <= date '2026-11-30' THEN b.sale_dt + 1 + b.n % 3 END,
       CASE WHEN b.dlv_req THEN 10.00 + 2.50 * (b.n % 5) END,
       b.pay_mth,
       CASE WHEN b.voided THEN b.sale_dt END
FROM b JOIN variety v ON v.var_cd = b.var_cd;

-- customers are put on file at their first reservation or purchase; the rest signed up at the August open day
UPDATE cust c SET crt_dt = f.first_dt
FROM (
    SELECT cust_id, min(dt) AS first_dt
    FROM (SELECT cust_id, sale_dt AS dt FROM sale WHERE cust_id IS NOT NULL
          UNION ALL
          SELECT rsv_cust_id, rsv_dt FROM tree_tag WHERE rsv_cust_id IS NOT NULL) x
    GROUP BY cust_id
) f
WHERE f.cust_id = c.cust_id;
UPDATE cust SET crt_dt = make_date(2024 + cust_id % 3, 8, 10 + cust_id % 3)
WHERE cust_id NOT IN (SELECT cust_id FROM sale WHERE cust_id IS NOT NULL)
  AND cust_id NOT IN (SELECT rsv_cust_id FROM tree_tag WHERE rsv_cust_id IS NOT NULL);

-- ---------------------------------------------------------------- shift (staff shifts)
CREATE TABLE shift (
    shift_id  integer PRIMARY KEY,
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    shift_dt  date NOT NULL,
    start_tm  time NOT NULL,
    end_tm    time NOT NULL,
    brk_min   smallint NOT NULL,
    attnd     char(1) NOT NULL,
    post_cd   char(1) NOT NULL
);
COMMENT ON TABLE shift IS 'Rota: one row per person per day they were down to work (owners are not on the rota)';
COMMENT ON COLUMN shift.start_tm IS 'rostered start time';
COMMENT ON COLUMN shift.end_tm IS 'rostered finish time';
COMMENT ON COLUMN shift.brk_min IS 'unpaid break, minutes';
COMMENT ON COLUMN shift.attnd IS 'W = worked, N = no-show (did not turn up, no call), S = rang in sick';
COMMENT ON COLUMN shift.post_cd IS 'where they worked that day, same codes as staff.role_cd';

INSERT INTO shift (shift_id, staff_id, shift_dt, start_tm, end_tm, brk_min, attnd, post_cd)
WITH open_day AS (
    SELECT DISTINCT sale_dt AS d FROM sale
), sel AS (
    SELECT o.d, s.staff_id, s.role_cd, s.seasonal, 'O' AS kind
    FROM open_day o JOIN staff s
      ON s.role_cd <> 'O' AND s.start_dt <= o.d AND (s.left_dt IS NULL OR s.left_dt >= o.d)
    WHERE CASE WHEN s.role_cd = 'D' THEN extract(isodow FROM o.d) IN (6, 7) OR extract(day FROM o.d) >= 19
               WHEN s.seasonal THEN (s.staff_id * 3 + (o.d - date '2024-01-01')) % 5 <> 0
               ELSE true END
    UNION ALL
    SELECT d::date, s.staff_id, s.role_cd, s.seasonal, 'G'
    FROM generate_series(2024, 2026) y
    CROSS JOIN LATERAL generate_series(make_date(y, 10, 5), make_date(y, 10, 23), interval '1 day') d
    JOIN staff s ON s.role_cd = 'F' AND s.start_dt <= d::date AND (s.left_dt IS NULL OR s.left_dt >= d::date)
    WHERE extract(isodow FROM d) <= 5
    UNION ALL
    SELECT d::date, s.staff_id, s.role_cd, s.seasonal, 'P'
    FROM generate_series(2024, 2026) y
    CROSS JOIN LATERAL generate_series(make_date(y, 3, 4), make_date(y, 3, 15), interval '1 day') d
    JOIN staff s ON s.staff_id IN (3, 4)
    WHERE extract(isodow FROM d) <= 5
), tm AS (
    SELECT sel.*,
           CASE WHEN kind <> 'O' THEN time '08:00'
                WHEN seasonal AND extract(isodow FROM d) = 5 THEN time '12:00'
                WHEN role_cd = 'T' THEN time '09:00' WHEN role_cd = 'Y' THEN time '08:30'
                WHEN role_cd = 'D' THEN time '10:00' ELSE time '08:00' END AS start_tm,
           CASE WHEN kind <> 'O' THEN time '15:30'
                WHEN role_cd = 'D' THEN time '15:00'
                WHEN role_cd = 'F' THEN time '16:00' ELSE time '16:30' END AS end_tm,
           extract(doy FROM d)::int AS doy
    FROM sel
)
SELECT row_number() OVER (ORDER BY d, staff_id),
       staff_id, d, start_tm, end_tm,
       CASE WHEN end_tm - start_tm > interval '6 hours' THEN 30 ELSE 0 END,
       CASE WHEN seasonal AND (staff_id * 7 + doy) % 37 = 0 THEN 'N'
            WHEN (staff_id * 5 + doy) % 61 = 0 THEN 'S'
            ELSE 'W' END,
       CASE WHEN kind <> 'O' THEN 'F'
            WHEN role_cd = 'Y' AND (staff_id + doy) % 9 = 0 THEN 'T'
            ELSE role_cd END
FROM tm;

-- ---------------------------------------------------------------- till_wkend (till takings per trading week)
CREATE TABLE till_wkend (
    wkend_dt    date NOT NULL,
    till_no     smallint NOT NULL,
    cash_amt    numeric(9,2) NOT NULL,
    card_amt    numeric(9,2) NOT NULL,
    vchr_amt    numeric(8,2),
    float_amt   numeric(6,2) NOT NULL DEFAULT 100.00,
    over_short  numeric(6,2) NOT NULL,
    counted_by  smallint NOT NULL REFERENCES staff (staff_id),
    PRIMARY KEY (wkend_dt, till_no)
);
COMMENT ON TABLE till_wkend IS 'Till takings written up once a week, against the Sunday that closes the trading week; include wreaths, stands and mulled wine as well as trees';
COMMENT ON COLUMN till_wkend.till_no IS '1 = yard shed, 2 = field hut';
COMMENT ON COLUMN till_wkend.cash_amt IS 'cash taken, GBP, float not included';
COMMENT ON COLUMN till_wkend.card_amt IS 'card terminal total, GBP';
COMMENT ON COLUMN till_wkend.vchr_amt IS 'gift vouchers taken in, GBP; left blank when none';
COMMENT ON COLUMN till_wkend.over_short IS 'cash counted minus cash expected, GBP (negative = till short)';

INSERT INTO till_wkend (wkend_dt, till_no, cash_amt, card_amt, vchr_amt, float_amt, over_short, counted_by)
WITH w AS (
    SELECT sale_dt + (7 - extract(isodow FROM sale_dt)::int) AS wkend_dt, till_no,
           sum(tree_amt + net_amt + coalesce(dlv_amt, 0)) FILTER (WHERE pay_mth = 'CA') AS cash,
           sum(tree_amt + net_amt + coalesce(dlv_amt, 0)) FILTER (WHERE pay_mth = 'CD') AS card,
           sum(tree_amt + net_amt + coalesce(dlv_amt, 0)) FILTER (WHERE pay_mth = 'VO') AS vchr,
           count(*) AS n
    FROM sale
    WHERE void_dt IS NULL
    GROUP BY 1, 2
), x AS (
    SELECT w.*, round(n * (4.75 + extract(doy FROM wkend_dt)::int % 5) * CASE till_no WHEN 1 THEN 1.6 ELSE 0.7 END, 2) AS extras,
           extract(doy FROM wkend_dt)::int AS doy
    FROM w
)
SELECT wkend_dt, till_no,
       coalesce(cash, 0) + round(extras * 0.4, 2) + ((doy * (till_no + 2)) % 9 - 4) * 0.5,
       coalesce(card, 0) + extras - round(extras * 0.4, 2),
       vchr,
       100.00,
       ((doy * (till_no + 2)) % 9 - 4) * 0.5,
       CASE WHEN till_no = 1 THEN 2 WHEN extract(year FROM wkend_dt) = 2025 THEN 15 ELSE 8 END
FROM x;

-- ---------------------------------------------------------------- tree_return (dead or damaged trees brought back)
CREATE TABLE tree_return (
    rtn_id      integer PRIMARY KEY,
    sale_id     integer REFERENCES sale (sale_id),
    ord_id      integer REFERENCES ws_order (ord_id),
    rtn_dt      date NOT NULL,
    rsn_cd      char(2) NOT NULL,
    qty         smallint NOT NULL,
    refund_amt  numeric(8,2) NOT NULL,
    replaced    boolean NOT NULL DEFAULT false,
    CHECK ((sale_id IS NULL) <> (ord_id IS NULL))
);
COMMENT ON TABLE tree_return IS 'Returns: a retail tree brought back (sale_id) or trees a garden centre reported dead or damaged (ord_id)';
COMMENT ON COLUMN tree_return.rsn_cd IS 'DR = dried out / dropping needles, BK = broken top or branches, SZ = wrong size, PS = pests found (aphids, spiders), DA = dead on arrival (wholesale)';
COMMENT ON COLUMN tree_return.qty IS 'number of trees (1 for a retail return)';
COMMENT ON COLUMN tree_return.refund_amt IS 'money refunded or credited, GBP; 0 when the tree was replaced instead';
COMMENT ON COLUMN tree_return.replaced IS 'true = swapped for another tree';

INSERT INTO tree_return (rtn_id, sale_id, ord_id, rtn_dt, rsn_cd, qty, refund_amt, replaced)
WITH rr AS (
    SELECT s.sale_id, NULL::integer AS ord_id,
           CASE WHEN s.sale_dt >= date '2026-11-01' THEN s.sale_dt + 1 ELSE s.sale_dt + 4 + s.sale_id % 20 END AS rtn_dt,
           CASE WHEN s.sale_dt >= date '2026-11-01' THEN 'BK'
                WHEN (s.sale_id / 40) % 20 < 12 THEN 'DR' WHEN (s.sale_id / 40) % 20 < 16 THEN 'BK'
                WHEN (s.sale_id / 40) % 20 < 19 THEN 'SZ' ELSE 'PS' END AS rsn_cd,
           1 AS qty, s.tree_amt, (s.sale_id / 40) % 4 AS k
    FROM sale s
    WHERE s.void_dt IS NULL AND s.pay_mth <> 'NC'
      AND (s.sale_id * 7) % 40 = 3
), r2 AS (
    SELECT sale_id, ord_id, rtn_dt, rsn_cd, qty,
           CASE WHEN rsn_cd = 'SZ' OR (rsn_cd = 'BK' AND k < 2) OR (rsn_cd = 'DR' AND k = 0) THEN 0.00
                WHEN rsn_cd = 'DR' AND rtn_dt > make_date(extract(year FROM rtn_dt)::int, 12, 27) THEN round(tree_amt / 2, 2)
                WHEN rsn_cd = 'DR' AND extract(month FROM rtn_dt) = 1 THEN round(tree_amt / 2, 2)
                ELSE tree_amt END AS refund_amt,
           (rsn_cd = 'SZ' OR (rsn_cd = 'BK' AND k < 2) OR (rsn_cd = 'DR' AND k = 0)) AS replaced
    FROM rr
), wr AS (
    SELECT NULL::integer AS sale_id, o.ord_id,
           o.dlv_dt + 2 + o.ord_id % 9 AS rtn_dt,
           (ARRAY['DA','DA','BK','DR','DA','PS'])[1 + (o.ord_id / 6) % 6] AS rsn_cd,
           2 + o.ord_id % 5 AS qty,
           (2 + o.ord_id % 5) * l.unit_px AS refund_amt,
           false AS replaced
    FROM ws_order o JOIN ws_order_ln l ON l.ord_id = o.ord_id AND l.ln_no = 1
    WHERE o.dlv_dt IS NOT NULL AND o.ord_id % 6 = 1 AND o.dlv_dt + 2 + o.ord_id % 9 <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY rtn_dt, coalesce(sale_id, 0), coalesce(ord_id, 0)), *
FROM (SELECT * FROM r2 UNION ALL SELECT * FROM wr) u;
