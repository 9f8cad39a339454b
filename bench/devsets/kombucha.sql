-- Made-up schema: a small kombucha and cold-brew beverage maker (recipes, fermentation vessels,
-- brew batches, lab/tasting checks, packaging runs, wholesale accounts, their orders and order lines).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS order_line;
DROP TABLE IF EXISTS ws_order;
DROP TABLE IF EXISTS acct;
DROP TABLE IF EXISTS pkg_run;
DROP TABLE IF EXISTS lab_chk;
DROP TABLE IF EXISTS batch;
DROP TABLE IF EXISTS vessel;
DROP TABLE IF EXISTS recipe;

-- ---------------------------------------------------------------- recipe
CREATE TABLE recipe (
    recipe_cd  varchar(8) PRIMARY KEY,
    recipe_nm  text NOT NULL,
    bev_type   char(1) NOT NULL,
    base       text NOT NULL,
    sugar_gpl  numeric(5,1),
    tgt_days   smallint NOT NULL,
    created_on date NOT NULL,
    retired_on date
);
COMMENT ON TABLE recipe IS 'Product recipes (one per flavour we brew)';
COMMENT ON COLUMN recipe.bev_type IS 'K = kombucha, J = jun (honey kombucha), C = cold brew coffee, T = cold brew tea';
COMMENT ON COLUMN recipe.base IS 'tea or coffee the brew is made from';
COMMENT ON COLUMN recipe.sugar_gpl IS 'sugar (or honey for jun) in grams per litre of sweet tea; NULL = unsweetened';
COMMENT ON COLUMN recipe.tgt_days IS 'target primary fermentation (kombucha/jun) or steeping (cold brew) time, days';
COMMENT ON COLUMN recipe.retired_on IS 'last day the recipe was sold; NULL = still in the line-up';

INSERT INTO recipe (recipe_cd, recipe_nm, bev_type, base, sugar_gpl, tgt_days, created_on, retired_on) VALUES
    ('ORIG',    'Original Green',        'K', 'green sencha',           70.0, 10, '2022-11-01', NULL),
    ('GINLEM',  'Ginger Lemon',          'K', 'black assam',            75.0, 12, '2022-11-01', NULL),
    ('HIBRAS',  'Hibiscus Raspberry',    'K', 'hibiscus + green',       80.0, 11, '2023-02-15', NULL),
    ('BLUELAV', 'Blueberry Lavender',    'K', 'black ceylon',           75.0, 12, '2023-04-01', '2025-03-31'),
    ('PNCHIL',  'Pineapple Chili',       'K', 'green sencha',           80.0, 10, '2024-05-10', NULL),
    ('PUMPSP',  'Pumpkin Spice',         'K', 'black assam',            80.0, 12, '2023-09-15', NULL),
    ('JUNHON',  'Honey Jasmine Jun',     'J', 'jasmine green',          65.0,  7, '2023-06-01', NULL),
    ('JUNROSE', 'Rose Petal Jun',        'J', 'white peony',            65.0,  7, '2024-02-01', '2024-12-31'),
    ('CBCLAS',  'Classic Cold Brew',     'C', 'colombian medium roast', NULL,  1, '2023-01-10', NULL),
    ('CBVAN',   'Vanilla Oat Cold Brew', 'C', 'brazil dark roast',      20.0,  1, '2023-09-01', NULL),
    ('CBNITRO', 'Nitro Cold Brew',       'C', 'ethiopian light roast',  NULL,  1, '2024-03-01', NULL),
    ('CTPEACH', 'Peach Cold Brew Tea',   'T', 'black ceylon',           25.0,  1, '2024-04-15', NULL);

-- ---------------------------------------------------------------- vessel
CREATE TABLE vessel (
    vessel_id  smallint PRIMARY KEY,
    vessel_tag varchar(6) NOT NULL UNIQUE,
    cap_l      integer NOT NULL,
    material   char(1) NOT NULL,
    in_svc     boolean NOT NULL DEFAULT true,
    bought_on  date,
    notes      text
);
COMMENT ON TABLE vessel IS 'Fermenters (FV-..) and cold brew steeping tanks (CB-..) in the brewhouse';
COMMENT ON COLUMN vessel.cap_l IS 'working capacity, litres';
COMMENT ON COLUMN vessel.material IS 'S = stainless steel, P = food-grade plastic (HDPE), G = glass';
COMMENT ON COLUMN vessel.in_svc IS 'false = retired / out of service';

INSERT INTO vessel (vessel_id, vessel_tag, cap_l, material, in_svc, bought_on, notes) VALUES
    (1,  'FV-01',  300, 'S', true,  '2022-10-20', NULL),
    (2,  'FV-02',  300, 'S', true,  '2022-10-20', NULL),
    (3,  'FV-03',  600, 'S', true,  '2023-03-02', 'conical, has cooling jacket'),
    (4,  'FV-04',  600, 'S', true,  '2023-03-02', 'conical, has cooling jacket'),
    (5,  'FV-05', 1000, 'S', true,  '2024-01-15', NULL),
    (6,  'FV-06',  200, 'P', false, '2022-09-01', 'cracked lid - retired Sep 2024'),
    (7,  'FV-07',   60, 'G', true,  NULL,         'test carboy for new flavours'),
    (8,  'CB-01',  400, 'S', true,  '2022-12-05', NULL),
    (9,  'CB-02',  400, 'S', true,  '2023-05-11', NULL),
    (10, 'CB-03',  800, 'S', true,  '2024-06-03', 'filter basket replaced 2025-02');

-- ---------------------------------------------------------------- batch
CREATE TABLE batch (
    batch_id  integer PRIMARY KEY,
    batch_no  varchar(10) NOT NULL UNIQUE,
    recipe_cd varchar(8) NOT NULL REFERENCES recipe (recipe_cd),
    vessel_id smallint NOT NULL REFERENCES vessel (vessel_id),
    brewed_at timestamptz NOT NULL,
    vol_l     numeric(6,1) NOT NULL,
    stat_cd   char(1) NOT NULL,
    dump_rsn  text,
    brewer    varchar(3) NOT NULL,
    scoby_gen smallint
);
COMMENT ON TABLE batch IS 'One brew: a fermentation (kombucha/jun) or a steep (cold brew) in one vessel';
COMMENT ON COLUMN batch.brewed_at IS 'when the sweet tea / coffee went into the vessel';
COMMENT ON COLUMN batch.vol_l IS 'litres put into the vessel';
COMMENT ON COLUMN batch.stat_cd IS 'F = fermenting (or steeping), S = second ferment / flavouring, B = bottled (packaged), D = dumped';
COMMENT ON COLUMN batch.dump_rsn IS 'why the batch was dumped; only for D, sometimes left empty';
COMMENT ON COLUMN batch.brewer IS 'initials of the brewer';
COMMENT ON COLUMN batch.scoby_gen IS 'generation of the SCOBY / mother used; NULL for cold brew or when not logged';

INSERT INTO batch (batch_id, batch_no, recipe_cd, vessel_id, brewed_at, vol_l, stat_cd, dump_rsn, brewer, scoby_gen)
WITH c AS (
    SELECT g,
           timestamptz '2023-01-09 06:30:00+00' + ((g - 1) * 1045 * 24 / 99) * interval '1 hour' AS brewed_at,
           CASE WHEN g >= 98 THEN (ARRAY['GINLEM','PNCHIL','HIBRAS'])[g - 97]
                ELSE (ARRAY['ORIG','CBCLAS','GINLEM','HIBRAS','CBVAN','JUNHON','BLUELAV','CBNITRO',
                            'PNCHIL','ORIG','CTPEACH','PUMPSP','JUNROSE','CBCLAS'])[1 + (g * 5) % 14] END AS cand
    FROM generate_series(1, 100) AS g
), r AS (
    SELECT c.g, c.brewed_at,
           CASE WHEN (c.brewed_at AT TIME ZONE 'UTC')::date BETWEEN r.created_on AND coalesce(r.retired_on, date '2099-12-31') THEN c.cand
                WHEN r.bev_type IN ('C', 'T') THEN 'CBCLAS'
                ELSE 'ORIG' END AS recipe_cd
    FROM c JOIN recipe r ON r.recipe_cd = c.cand
), v AS (
    SELECT r.*, rc.bev_type,
           CASE WHEN rc.bev_type IN ('C', 'T') THEN
                     CASE WHEN r.brewed_at >= timestamptz '2024-06-03 00:00:00+00' AND r.g % 3 = 0 THEN 10
                          WHEN r.brewed_at < timestamptz '2023-05-11 00:00:00+00' THEN 8
                          ELSE 8 + r.g % 2 END
                WHEN r.g % 7 = 5 AND r.brewed_at < timestamptz '2024-01-15 00:00:00+00' THEN 3
                WHEN r.g % 7 = 5 THEN 5
                WHEN r.g % 7 = 6 AND r.brewed_at >= timestamptz '2024-09-01 00:00:00+00' THEN 4
                WHEN r.g % 7 IN (3, 4) AND r.brewed_at < timestamptz '2023-03-02 00:00:00+00' THEN 1 + r.g % 2
                ELSE 1 + r.g % 7 END AS vessel_id
    FROM r JOIN recipe rc ON rc.recipe_cd = r.recipe_cd
), s AS (
    SELECT v.*, ve.cap_l,
           CASE WHEN g >= 99 THEN 'F'
                WHEN g = 98 THEN 'S'
                WHEN g % 13 = 4 OR g IN (31, 77) THEN 'D'
                ELSE 'B' END AS stat_cd
    FROM v JOIN vessel ve ON ve.vessel_id = v.vessel_id
)
SELECT g,
       CASE WHEN bev_type IN ('C', 'T') THEN 'C' ELSE 'K' END || to_char(brewed_at AT TIME ZONE 'UTC', 'YY') || '-' || lpad(g::text, 3, '0'),
       recipe_cd, vessel_id, brewed_at,
       round(cap_l * (0.82 + (g % 4) * 0.05), 1),
       stat_cd,
       CASE WHEN stat_cd <> 'D' OR g = 56 THEN NULL
            WHEN bev_type IN ('C', 'T') THEN 'off flavour - stale beans'
            ELSE (ARRAY['mold on pellicle','vinegar - over-fermented','fruit flies','pH too high after 14 days','kahm yeast'])[1 + g % 5] END,
       CASE WHEN brewed_at >= timestamptz '2024-07-01 00:00:00+00' AND g % 4 = 0 THEN 'DP'
            ELSE (ARRAY['MK','JT','AR','MK','SL'])[1 + g % 5] END,
       CASE WHEN bev_type IN ('C', 'T') OR g % 23 = 0 THEN NULL ELSE 1 + (g * 3) % 11 END
FROM s;

-- ---------------------------------------------------------------- lab_chk (lab / tasting checks)
CREATE TABLE lab_chk (
    chk_id    integer PRIMARY KEY,
    batch_id  integer NOT NULL REFERENCES batch (batch_id),
    chk_at    timestamptz NOT NULL,
    ph        numeric(3,2) NOT NULL,
    brix      numeric(4,1),
    abv_pct   numeric(4,2),
    taste_scr smallint,
    result    char(1) NOT NULL,
    tech      varchar(3) NOT NULL
);
COMMENT ON TABLE lab_chk IS 'QC checks on batches: pH, sugar (Brix), alcohol and a tasting score';
COMMENT ON COLUMN lab_chk.abv_pct IS 'alcohol by volume, %; only measured on the final check of kombucha/jun (must stay under 0.5)';
COMMENT ON COLUMN lab_chk.taste_scr IS 'tasting panel score 1-10; NULL = not tasted';
COMMENT ON COLUMN lab_chk.result IS 'P = pass, R = retest needed, F = fail';

INSERT INTO lab_chk (chk_id, batch_id, chk_at, ph, brix, abv_pct, taste_scr, result, tech)
WITH k AS (
    SELECT b.batch_id AS g, b.brewed_at, b.stat_cd, r.bev_type, r.tgt_days, n
    FROM batch b
    JOIN recipe r ON r.recipe_cd = b.recipe_cd
    CROSS JOIN LATERAL generate_series(1, CASE WHEN r.bev_type IN ('C', 'T') THEN 1
                                                 WHEN b.batch_id % 6 = 5 THEN 3
                                                 ELSE 2 END) AS n
    WHERE b.batch_id % 19 <> 0                     -- a few batches were never checked
), t AS (
    SELECT k.*,
           CASE WHEN bev_type IN ('C', 'T') THEN brewed_at + interval '20 hours' + (g % 3) * interval '1 hour'
                WHEN n = 1 THEN brewed_at + (tgt_days / 2) * interval '24 hours' + interval '2 hours'
                WHEN n = 2 THEN brewed_at + tgt_days * interval '24 hours' + (g % 4) * interval '1 hour'
                ELSE brewed_at + (tgt_days + 1) * interval '24 hours' + interval '3 hours' END AS chk_at,
           (n = 2 AND bev_type IN ('K', 'J')) OR n = 3 AS is_final
    FROM k
), u AS (
    SELECT t.*, row_number() OVER (ORDER BY chk_at, g) AS rn
    FROM t
    WHERE chk_at < timestamptz '2025-11-30 18:00:00+00'
)
SELECT rn, g, chk_at,
       CASE WHEN bev_type IN ('C', 'T') THEN 4.85 + (g % 6) * 0.05
            WHEN n = 1 THEN 3.60 + (g % 5) * 0.06
            WHEN n = 2 THEN 2.95 + (g % 7) * 0.05
            ELSE 3.00 + (g % 3) * 0.04 END,
       CASE WHEN bev_type IN ('C', 'T') THEN 1.5 + (g % 3) * 0.2
            WHEN n = 1 THEN 7.0 + (g % 4) * 0.5
            WHEN g % 8 = 3 THEN NULL
            ELSE 4.5 + (g % 5) * 0.3 END,
       CASE WHEN bev_type IN ('C', 'T') OR n = 1 THEN NULL
            WHEN n = 3 THEN 0.40 + (g % 2) * 0.03
            ELSE 0.25 + (g % 6) * 0.05 END,
       CASE WHEN n = 1 AND bev_type IN ('K', 'J') THEN NULL
            WHEN g % 10 = 7 THEN NULL
            WHEN stat_cd = 'D' THEN 2 + g % 3
            ELSE 6 + (g * 7) % 5 END,
       CASE WHEN stat_cd = 'D' AND (is_final OR bev_type IN ('C', 'T')) THEN 'F'
            WHEN n = 2 AND g % 6 = 5 THEN 'R'
            ELSE 'P' END,
       (ARRAY['AR','SL','JT','AR'])[1 + (g + n) % 4]
FROM u;

-- ---------------------------------------------------------------- pkg_run (bottling / canning / kegging)
CREATE TABLE pkg_run (
    run_id       integer PRIMARY KEY,
    batch_id     integer NOT NULL REFERENCES batch (batch_id),
    run_dt       date NOT NULL,
    pkg_cd       varchar(4) NOT NULL,
    units_filled integer NOT NULL,
    units_rej    integer NOT NULL DEFAULT 0,
    lot_no       varchar(16) NOT NULL,
    best_by      date
);
COMMENT ON TABLE pkg_run IS 'Packaging runs: a batch (or part of it) filled into cans, bottles or kegs';
COMMENT ON COLUMN pkg_run.pkg_cd IS 'C355 = 355 ml can, B500 = 500 ml glass bottle, K19 = 19.5 l keg';
COMMENT ON COLUMN pkg_run.units_filled IS 'containers filled in the run, rejects included';
COMMENT ON COLUMN pkg_run.units_rej IS 'containers rejected at QC (underfill, bad seal, label) - not sellable';
COMMENT ON COLUMN pkg_run.best_by IS 'best-by date printed on the lot; NULL for kegs';

INSERT INTO pkg_run (run_id, batch_id, run_dt, pkg_cd, units_filled, units_rej, lot_no, best_by)
WITH b AS (
    SELECT b.batch_id AS g, b.recipe_cd, b.vol_l, r.bev_type, r.tgt_days,
           (b.brewed_at AT TIME ZONE 'UTC')::date
             + CASE WHEN r.bev_type IN ('C', 'T') THEN 2 ELSE r.tgt_days + 4 END AS run_dt,
           CASE WHEN b.recipe_cd = 'CBNITRO' THEN 'K19'
                ELSE (ARRAY['B500','C355','K19'])[1 + b.batch_id % 3] END AS pkg1
    FROM batch b JOIN recipe r ON r.recipe_cd = b.recipe_cd
    WHERE b.stat_cd = 'B'
), p AS (
    SELECT g, run_dt, pkg1 AS pkg_cd, vol_l * CASE WHEN vol_l > 450 THEN 0.6 ELSE 0.97 END AS litres, bev_type, 1 AS part
    FROM b
    UNION ALL
    SELECT g, run_dt + 1, CASE WHEN pkg1 = 'C355' THEN 'B500' ELSE 'C355' END, vol_l * 0.37, bev_type, 2
    FROM b
    WHERE vol_l > 450
), q AS (
    SELECT p.*, row_number() OVER (ORDER BY run_dt, g, part) AS rn
    FROM p
)
SELECT rn, g, run_dt, pkg_cd,
       floor(litres / CASE pkg_cd WHEN 'C355' THEN 0.355 WHEN 'B500' THEN 0.5 ELSE 19.5 END)::int,
       CASE WHEN pkg_cd = 'K19' THEN CASE WHEN g % 10 = 3 THEN 1 ELSE 0 END
            ELSE (g % 7) * 2 + g % 3 END,
       'L' || to_char(run_dt, 'YYMMDD') || '-' || pkg_cd,
       CASE WHEN pkg_cd = 'K19' THEN NULL
            WHEN bev_type IN ('C', 'T') THEN run_dt + 60
            ELSE run_dt + 180 END
FROM q;

-- ---------------------------------------------------------------- acct (wholesale accounts)
CREATE TABLE acct (
    acct_id    integer PRIMARY KEY,
    acct_nm    text NOT NULL,
    acct_type  char(3) NOT NULL,
    city       text NOT NULL,
    opened_on  date NOT NULL,
    terms_days smallint,
    rep        varchar(3),
    active     boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE acct IS 'Wholesale customers (cafes, shops, bars...) we deliver to';
COMMENT ON COLUMN acct.acct_type IS 'CAF = cafe / coffee shop, GRO = grocery or co-op, RST = restaurant or bar, GYM = gym / studio, OFC = office';
COMMENT ON COLUMN acct.terms_days IS 'payment terms in days (net 15 / net 30); NULL = pays up front (prepay)';
COMMENT ON COLUMN acct.rep IS 'initials of the sales rep who looks after the account; NULL = house account';

INSERT INTO acct (acct_id, acct_nm, acct_type, city, opened_on, terms_days, rep, active) VALUES
    (1,  'Stumptown Corner Cafe',     'CAF', 'Portland',  '2022-11-14', 15,   'RB', true),
    (2,  'Alberta Street Co-op',      'GRO', 'Portland',  '2022-12-01', 30,   'RB', true),
    (3,  'The Rusty Tap',             'RST', 'Portland',  '2022-12-09', 15,   'KW', true),
    (4,  'Green Bean Coffee',         'CAF', 'Beaverton', '2023-01-05', NULL, NULL, true),
    (5,  'Burnside Yoga',             'GYM', 'Portland',  '2023-01-11', NULL, 'KW', false),
    (6,  'Pearl District Market',     'GRO', 'Portland',  '2023-01-12', 30,   'RB', true),
    (7,  'Willamette Brewpub',        'RST', 'Salem',     '2023-01-13', 15,   'KW', true),
    (8,  'Lan Su Tea Bar',            'CAF', 'Portland',  '2023-01-15', 15,   'RB', true),
    (9,  'Forest Grove Grocery',      'GRO', 'Beaverton', '2023-03-20', 30,   'RB', true),
    (10, 'CrossFit Hawthorne',        'GYM', 'Portland',  '2023-04-02', NULL, NULL, true),
    (11, 'Columbia Taproom',          'RST', 'Vancouver', '2023-05-18', 15,   'KW', true),
    (12, 'Daily Grind Espresso',      'CAF', 'Vancouver', '2023-06-07', 15,   'KW', true),
    (13, 'New Seasons - Sellwood',    'GRO', 'Portland',  '2023-07-01', 30,   'RB', true),
    (14, 'Salem Natural Foods',       'GRO', 'Salem',     '2023-08-22', 30,   'KW', true),
    (15, 'Eugene Kombucha Bar',       'RST', 'Eugene',    '2023-10-03', NULL, NULL, true),
    (16, 'Hop & Vine',                'RST', 'Eugene',    '2023-11-15', 15,   'KW', false),
    (17, 'Nike Campus Cafe 3',        'OFC', 'Beaverton', '2024-01-08', 30,   'RB', true),
    (18, 'Bike Gallery Cafe',         'CAF', 'Portland',  '2024-02-19', 15,   'RB', true),
    (19, 'Mt Tabor Market',           'GRO', 'Portland',  '2024-03-27', 30,   'RB', true),
    (20, 'Zen Den Studio',            'GYM', 'Vancouver', '2024-05-05', NULL, 'KW', true),
    (21, 'The Daily Ferment',         'CAF', 'Salem',     '2024-06-12', 15,   NULL, true),
    (22, 'Intel Hillsboro Canteen',   'OFC', 'Beaverton', '2024-08-30', 30,   'RB', true),
    (23, 'Sasquatch Sports Bar',      'RST', 'Vancouver', '2024-10-14', 15,   'KW', true),
    (24, 'Eugene Food Co-op',         'GRO', 'Eugene',    '2025-01-09', 30,   'KW', true),
    (25, 'Café Olé',                  'CAF', 'Portland',  '2025-03-03', NULL, 'RB', true),
    (26, 'Slabtown Climbing Gym',     'GYM', 'Portland',  '2025-06-16', NULL, 'RB', true),
    (27, 'Hawthorne Hostel',          'RST', 'Portland',  '2025-08-04', 15,   NULL, true),
    (28, 'Vancouver Waterfront Deli', 'RST', 'Vancouver', '2025-10-21', 15,   'KW', true);

-- ---------------------------------------------------------------- ws_order (wholesale orders, incl. delivery)
CREATE TABLE ws_order (
    ord_id       integer PRIMARY KEY,
    acct_id      integer NOT NULL REFERENCES acct (acct_id),
    ord_dt       date NOT NULL,
    req_dlv_dt   date,
    ord_status   char(1) NOT NULL,
    ship_dt      date,
    delivered_at timestamptz,
    po_ref       varchar(20)
);
COMMENT ON TABLE ws_order IS 'Wholesale orders from accounts; delivery is tracked on the order';
COMMENT ON COLUMN ws_order.req_dlv_dt IS 'delivery date the customer asked for; NULL = no preference';
COMMENT ON COLUMN ws_order.ord_status IS 'O = open, P = picked / packed, S = shipped (out for delivery), D = delivered, X = cancelled';
COMMENT ON COLUMN ws_order.ship_dt IS 'date the van left with the order; NULL until shipped';
COMMENT ON COLUMN ws_order.delivered_at IS 'when the customer signed for it; NULL until delivered';
COMMENT ON COLUMN ws_order.po_ref IS 'customer purchase order number, groceries only';

INSERT INTO ws_order (ord_id, acct_id, ord_dt, req_dlv_dt, ord_status, ship_dt, delivered_at, po_ref)
WITH o AS (
    SELECT g, date '2023-01-16' + ((g - 1) * 1045) / 149 AS ord_dt,
           CASE WHEN g % 11 = 0 THEN 3                        -- the brewpub reorders kegs often
                WHEN g % 9 = 0 THEN 2
                ELSE 1 + (g * 7) % 25 END AS cand
    FROM generate_series(1, 150) AS g
), a AS (
    SELECT o.g, o.ord_dt,
           CASE WHEN a.opened_on <= o.ord_dt AND (a.active OR o.ord_dt < date '2025-01-01') THEN o.cand
                ELSE 1 + (o.g * 3) % 8 END AS acct_id
    FROM o JOIN acct a ON a.acct_id = o.cand
), s AS (
    SELECT a.*,
           CASE WHEN ord_dt > date '2025-11-05' THEN (ARRAY['O','P','S'])[1 + g % 3]
                WHEN g % 17 = 4 THEN 'X'
                ELSE 'D' END AS ord_status
    FROM a
)
SELECT g, s.acct_id, ord_dt,
       CASE WHEN g % 9 = 4 THEN NULL ELSE ord_dt + 3 + g % 2 END,
       ord_status,
       CASE WHEN ord_status IN ('S', 'D') THEN ord_dt + 1 + g % 3 END,
       CASE WHEN ord_status = 'D' THEN (ord_dt + 1 + g % 3 + g % 2) + time '09:00' + (g % 7) * interval '1 hour' + (g * 13 % 60) * interval '1 minute' END
         AT TIME ZONE 'UTC',
       CASE WHEN ac.acct_type = 'GRO' AND g % 4 <> 0 THEN 'PO-' || (41000 + g * 17)::text END
FROM s JOIN acct ac ON ac.acct_id = s.acct_id;

-- ---------------------------------------------------------------- order_line
CREATE TABLE order_line (
    line_id   integer PRIMARY KEY,
    ord_id    integer NOT NULL REFERENCES ws_order (ord_id),
    recipe_cd varchar(8) NOT NULL REFERENCES recipe (recipe_cd),
    pkg_cd    varchar(4) NOT NULL,
    qty       integer NOT NULL,
    unit_px   numeric(7,2) NOT NULL,
    disc_pct  numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON COLUMN order_line.pkg_cd IS 'C355 = 355 ml can, B500 = 500 ml glass bottle, K19 = 19.5 l keg';
COMMENT ON COLUMN order_line.qty IS 'number of cans / bottles / kegs (not cases)';
COMMENT ON COLUMN order_line.unit_px IS 'wholesale price per can / bottle / keg, USD, before discount';
COMMENT ON COLUMN order_line.disc_pct IS 'line discount in percent; line value = qty * unit_px * (1 - disc_pct / 100)';

INSERT INTO order_line (line_id, ord_id, recipe_cd, pkg_cd, qty, unit_px, disc_pct)
WITH l AS (
    SELECT o.ord_id AS g, o.ord_dt, a.acct_type, n,
           (ARRAY['ORIG','GINLEM','CBCLAS','HIBRAS','JUNHON','CBVAN','BLUELAV','PNCHIL','CBNITRO','PUMPSP','CTPEACH','JUNROSE'])
             [1 + (o.ord_id * 5 + n * 7) % 12] AS cand
    FROM ws_order o
    JOIN acct a ON a.acct_id = o.acct_id
    CROSS JOIN LATERAL generate_series(1, 1 + o.ord_id % 3) AS n
), r AS (
    SELECT l.*,
           CASE WHEN l.ord_dt BETWEEN r.created_on AND coalesce(r.retired_on, date '2099-12-31') THEN l.cand
                WHEN r.bev_type IN ('C', 'T') THEN 'CBCLAS'
                ELSE 'GINLEM' END AS recipe_cd
    FROM l JOIN recipe r ON r.recipe_cd = l.cand
), p AS (
    SELECT r.*, rc.bev_type,
           CASE WHEN r.recipe_cd = 'CBNITRO' THEN 'K19'
                WHEN r.acct_type = 'RST' THEN CASE WHEN (g + n) % 3 = 0 THEN 'B500' ELSE 'K19' END
                WHEN r.acct_type = 'CAF' THEN (ARRAY['K19','B500','C355'])[1 + (g + n) % 3]
                WHEN r.acct_type = 'GRO' THEN CASE WHEN (g + n) % 2 = 0 THEN 'C355' ELSE 'B500' END
                ELSE 'C355' END AS pkg_cd
    FROM r JOIN recipe rc ON rc.recipe_cd = r.recipe_cd
), q AS (
    SELECT p.*, row_number() OVER (ORDER BY g, n) AS rn
    FROM p
)
SELECT rn, g, recipe_cd, pkg_cd,
       CASE pkg_cd WHEN 'K19' THEN 1 + (g + n) % 4
                   WHEN 'C355' THEN 24 * (1 + (g * 3 + n) % 5)
                   ELSE 12 * (1 + (g + n * 5) % 6) END,
       round(CASE WHEN pkg_cd = 'K19' AND bev_type = 'C' THEN 165.00
                  WHEN pkg_cd = 'K19' THEN 145.00
                  WHEN pkg_cd = 'C355' AND bev_type = 'C' THEN 2.60
                  WHEN pkg_cd = 'C355' THEN 2.10
                  ELSE 3.40 END
             * CASE WHEN ord_dt >= date '2025-01-01' THEN 1.05 ELSE 1 END, 2),
       CASE WHEN g % 11 = 0 THEN 10.0 WHEN acct_type = 'GRO' AND n = 1 THEN 5.0 ELSE 0 END
FROM q;
