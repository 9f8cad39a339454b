-- Made-up schema: a hairdressing and beauty salon (staff with levels, clients with allergy patch
-- tests, the service menu, appointments, retail products and till sales, gift vouchers, client
-- reviews, the staff commission ledger). Data are deterministic (generate_series and modulo
-- arithmetic, no random()); data cut-off is 2026-11-30 (appointments after it are bookings).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS cm_ln;
DROP TABLE IF EXISTS rvw;
DROP TABLE IF EXISTS gv;
DROP TABLE IF EXISTS rtl_sale;
DROP TABLE IF EXISTS appt;
DROP TABLE IF EXISTS prod;
DROP TABLE IF EXISTS svc;
DROP TABLE IF EXISTS cli;
DROP TABLE IF EXISTS stf;

-- ---------------------------------------------------------------- stf (staff)
CREATE TABLE stf (
    stf_id      smallint PRIMARY KEY,
    stf_nm      text NOT NULL,
    lvl_cd      char(1) NOT NULL,
    role_cd     char(2) NOT NULL,
    hire_dt     date NOT NULL,
    lv_dt       date,
    svc_cm_pct  numeric(4,1) NOT NULL,
    rtl_cm_pct  numeric(4,1) NOT NULL,
    ft          boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE stf IS 'Salon staff: stylists, colourists, therapists, nail techs and front desk';
COMMENT ON COLUMN stf.lvl_cd IS 'J = junior, S = senior, D = director';
COMMENT ON COLUMN stf.role_cd IS 'HS = hair stylist, CT = colour technician, BT = beauty therapist, NT = nail technician, RC = reception (takes no appointments)';
COMMENT ON COLUMN stf.lv_dt IS 'last working day; NULL = still employed';
COMMENT ON COLUMN stf.svc_cm_pct IS 'commission on services, % of the price charged';
COMMENT ON COLUMN stf.rtl_cm_pct IS 'commission on retail sales, % of the till value';
COMMENT ON COLUMN stf.ft IS 'true = full time, false = part time';

INSERT INTO stf (stf_id, stf_nm, lvl_cd, role_cd, hire_dt, lv_dt, svc_cm_pct, rtl_cm_pct, ft) VALUES
    (1,  'Sasha Reid',     'D', 'HS', '2016-03-01', NULL,         15.0, 10.0, true),
    (2,  'Marcus Okoye',   'D', 'CT', '2017-09-12', NULL,         15.0, 10.0, true),
    (3,  'Priya Nair',     'S', 'HS', '2019-01-07', NULL,         12.0, 10.0, true),
    (4,  'Tom Fletcher',   'S', 'HS', '2020-06-15', NULL,         12.0,  8.0, true),
    (5,  'Leah Morgan',    'S', 'CT', '2018-11-05', '2025-08-29', 12.0,  8.0, true),
    (6,  'Chloe Bennett',  'S', 'BT', '2021-02-01', NULL,         12.0, 10.0, false),
    (7,  'Amira Haddad',   'J', 'HS', '2023-09-04', NULL,          8.0,  5.0, true),
    (8,  'Josh Whitaker',  'J', 'HS', '2024-04-22', NULL,          8.0,  5.0, true),
    (9,  'Ellie Sutton',   'J', 'CT', '2024-09-02', NULL,          8.0,  5.0, false),
    (10, 'Nina Kowalski',  'J', 'BT', '2022-05-16', '2024-12-20',  8.0,  5.0, false),
    (11, 'Grace Lee',      'S', 'NT', '2020-10-01', NULL,         12.0,  5.0, false),
    (12, 'Hannah Price',   'J', 'NT', '2025-03-03', NULL,          8.0,  5.0, false),
    (13, 'Ruby Collins',   'J', 'BT', '2025-10-06', NULL,          8.0,  5.0, true),
    (14, 'Daniel Cho',     'D', 'BT', '2023-01-09', NULL,         15.0, 10.0, true),
    (15, 'Fiona Walsh',    'D', 'BT', '2015-05-01', '2024-03-31', 15.0, 10.0, true),
    (16, 'Kate Ramsey',    'J', 'RC', '2022-01-10', NULL,          0.0,  5.0, true),
    (17, 'Ben Ashworth',   'J', 'RC', '2025-06-02', NULL,          0.0,  5.0, false),
    (18, 'Olivia Grant',   'S', 'HS', '2026-11-16', NULL,         12.0,  8.0, true);

-- ---------------------------------------------------------------- cli (clients)
CREATE TABLE cli (
    cli_id    integer PRIMARY KEY,
    fst_nm    text NOT NULL,
    lst_nm    text NOT NULL,
    eml       text,
    mob       varchar(15),
    dob       date,
    reg_dt    date NOT NULL,
    ptch_dt   date,
    ptch_res  char(1),
    mkt_ok    boolean NOT NULL DEFAULT false,
    pref_stf  smallint
);
COMMENT ON TABLE cli IS 'Client cards';
COMMENT ON COLUMN cli.dob IS 'date of birth; NULL = not given';
COMMENT ON COLUMN cli.reg_dt IS 'date the client card was opened';
COMMENT ON COLUMN cli.ptch_dt IS 'date of the latest allergy patch test (needed for colour, brow and lash tints); NULL = never patch tested';
COMMENT ON COLUMN cli.ptch_res IS 'result of the latest patch test: P = passed, R = reacted (no tints); NULL when never tested';
COMMENT ON COLUMN cli.mkt_ok IS 'true = agreed to marketing texts and emails';
COMMENT ON COLUMN cli.pref_stf IS 'preferred stylist or therapist (stf.stf_id, no foreign key; may be someone who has left); NULL = no preference';

INSERT INTO cli (cli_id, fst_nm, lst_nm, eml, mob, dob, reg_dt, ptch_dt, ptch_res, mkt_ok, pref_stf)
WITH b AS (
    SELECT g,
           (ARRAY['Emma','Olivia','Sophie','Jessica','Amelia','Lucy','Hannah','Chloe','Megan','Grace',
                  'Isla','Zara','Aisha','Niamh','Freya','Charlotte','James','Oliver','Harry','Mohammed',
                  'Ava','Ella','Poppy','Georgia'])[1 + g % 24] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Evans','Thomas','Johnson','Roberts',
                  'Walker','Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall','Wood',
                  'Khan','Murphy','O''Brien'])[1 + (g * 7) % 23] AS ln,
           date '2020-01-01' + (g * 385) / 100 AS reg_dt
    FROM generate_series(1, 650) AS g
)
SELECT g, fn, ln,
       CASE WHEN g % 13 = 0 THEN NULL ELSE lower(fn || '.' || replace(ln, '''', '') || g || '@example.co.uk') END,
       '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0'),
       CASE WHEN g % 4 = 0 THEN NULL ELSE date '1950-01-01' + (g * 397) % 20000 END,
       reg_dt,
       CASE WHEN g % 5 = 0 OR g % 7 = 3 THEN NULL
            ELSE least(greatest(reg_dt, date '2023-06-01') + (g * 11) % 400, date '2026-11-30') END,
       CASE WHEN g % 5 = 0 OR g % 7 = 3 THEN NULL
            WHEN g % 17 = 2 THEN 'R' ELSE 'P' END,
       g % 3 <> 0,
       CASE WHEN g % 6 = 0 THEN NULL
            ELSE (ARRAY[1,2,3,4,5,7,8,9,6,11,14,10,15])[1 + (g * 5) % 13] END
FROM b;

-- ---------------------------------------------------------------- svc (service menu)
CREATE TABLE svc (
    svc_id     smallint PRIMARY KEY,
    svc_nm     text NOT NULL,
    cat_cd     char(2) NOT NULL,
    dur_min    smallint NOT NULL,
    list_px    numeric(7,2) NOT NULL,
    needs_ptch boolean NOT NULL DEFAULT false,
    on_menu    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE svc IS 'Service menu';
COMMENT ON COLUMN svc.cat_cd IS 'CT = cut & finish, CL = colour, TR = hair treatment, BE = beauty (facials, brows, lashes, waxing), NL = nails';
COMMENT ON COLUMN svc.dur_min IS 'time booked for the service, minutes';
COMMENT ON COLUMN svc.list_px IS 'menu price with a senior, GBP; directors charge 20% more, juniors 15% less';
COMMENT ON COLUMN svc.needs_ptch IS 'true = client needs a passed patch test first';
COMMENT ON COLUMN svc.on_menu IS 'false = no longer offered';

INSERT INTO svc (svc_id, svc_nm, cat_cd, dur_min, list_px, needs_ptch, on_menu) VALUES
    (1,  'Ladies cut & blow-dry',       'CT',  60,  52.00, false, true),
    (2,  'Gents cut',                   'CT',  30,  28.00, false, true),
    (3,  'Children''s cut (under 12)',  'CT',  30,  18.00, false, true),
    (4,  'Blow-dry',                    'CT',  45,  32.00, false, true),
    (5,  'Restyle',                     'CT',  75,  65.00, false, true),
    (6,  'Full head tint',              'CL', 120,  85.00, true,  true),
    (7,  'Root tint',                   'CL',  90,  60.00, true,  true),
    (8,  'Half head highlights',        'CL', 120,  95.00, true,  true),
    (9,  'Full head highlights',        'CL', 150, 130.00, true,  true),
    (10, 'Balayage',                    'CL', 180, 160.00, true,  true),
    (11, 'Toner / gloss',               'CL',  45,  35.00, true,  true),
    (12, 'Olaplex treatment',           'TR',  30,  30.00, false, true),
    (13, 'Keratin smoothing',           'TR', 150, 180.00, false, true),
    (14, 'Scalp treatment',             'TR',  30,  25.00, false, true),
    (15, 'Classic facial',              'BE',  60,  55.00, false, true),
    (16, 'Brow shape & tint',           'BE',  30,  22.00, true,  true),
    (17, 'Lash lift & tint',            'BE',  60,  48.00, true,  true),
    (18, 'Full leg wax',                'BE',  45,  38.00, false, true),
    (19, 'Gel manicure',                'NL',  45,  32.00, false, true),
    (20, 'Gel pedicure',                'NL',  60,  38.00, false, true),
    (21, 'Bridal hair trial',           'CT',  90,  75.00, false, true),
    (22, 'Hot stone massage',           'BE',  75,  70.00, false, false);

-- ---------------------------------------------------------------- prod (retail products)
CREATE TABLE prod (
    prod_id   smallint PRIMARY KEY,
    sku       varchar(12) NOT NULL UNIQUE,
    prod_nm   text NOT NULL,
    brand     text NOT NULL,
    cat_cd    char(2) NOT NULL,
    size_ml   smallint,
    rrp       numeric(7,2) NOT NULL,
    cost_px   numeric(7,2) NOT NULL,
    stk_qty   smallint NOT NULL,
    reord_at  smallint NOT NULL,
    cnt_dt    date,
    disc      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE prod IS 'Retail products sold at the till';
COMMENT ON COLUMN prod.cat_cd IS 'SH = shampoo, CD = conditioner, ST = styling, TM = treatment / mask / oil, TL = tools & brushes, SK = skincare, NP = nail care';
COMMENT ON COLUMN prod.size_ml IS 'pack size in ml; NULL for tools and pads';
COMMENT ON COLUMN prod.rrp IS 'shelf price, GBP';
COMMENT ON COLUMN prod.cost_px IS 'what we pay the wholesaler per unit, GBP';
COMMENT ON COLUMN prod.stk_qty IS 'units on the shelf and in the back at the last stock count';
COMMENT ON COLUMN prod.reord_at IS 'reorder when stock falls to this many units';
COMMENT ON COLUMN prod.cnt_dt IS 'date of the last stock count; NULL = not counted since it came in';
COMMENT ON COLUMN prod.disc IS 'true = discontinued, selling off what is left';

INSERT INTO prod (prod_id, sku, prod_nm, brand, cat_cd, size_ml, rrp, cost_px, stk_qty, reord_at, cnt_dt, disc) VALUES
    (1,  'KER-SH-250',  'Bain Satin shampoo',                 'Kérastase',              'SH', 250,  26.50,  13.20, 14,  6, '2026-11-02', false),
    (2,  'OLA-N3-100',  'No.3 Hair Perfector',                'Olaplex',                'TM', 100,  28.00,  14.00,  0,  6, '2026-11-02', false),
    (3,  'OLA-N4-250',  'No.4 Bond Maintenance shampoo',      'Olaplex',                'SH', 250,  28.00,  14.00,  9,  6, '2026-11-02', false),
    (4,  'OLA-N5-250',  'No.5 Bond Maintenance conditioner',  'Olaplex',                'CD', 250,  28.00,  14.00,  7,  6, '2026-11-02', false),
    (5,  'MOR-OIL-100', 'Moroccanoil Treatment',              'Moroccanoil',            'TM', 100,  36.85,  18.40, 11,  4, '2026-11-02', false),
    (6,  'RED-ACS-300', 'Acidic Bonding Concentrate shampoo', 'Redken',                 'SH', 300,  23.50,  11.75,  3,  5, '2026-11-02', false),
    (7,  'RED-ACC-300', 'Acidic Bonding Concentrate conditioner', 'Redken',             'CD', 300,  24.50,  12.25,  5,  5, '2026-11-02', false),
    (8,  'KER-CD-200',  'Fondant Fluidealiste conditioner',   'Kérastase',              'CD', 200,  31.00,  15.50,  6,  4, '2026-11-02', false),
    (9,  'LOP-HSP-150', 'Tecni.Art heat protect spray',       'L''Oréal Professionnel', 'ST', 150,  16.50,   7.90, 12,  6, '2026-11-02', false),
    (10, 'BUM-SS-125',  'Surf Spray',                         'Bumble and bumble',      'ST', 125,  27.00,  13.00,  0,  4, '2026-11-02', false),
    (11, 'RED-RP-75',   'Rough Paste 12',                     'Redken',                 'ST',  75,  18.00,   8.60,  8,  4, '2026-11-02', false),
    (12, 'MOR-MSK-250', 'Intense Hydrating Mask',             'Moroccanoil',            'TM', 250,  44.00,  22.00,  4,  3, '2026-11-02', false),
    (13, 'GHD-PLT',     'ghd Platinum+ styler',               'ghd',                    'TL', NULL, 229.00, 150.00, 2,  1, '2026-11-02', false),
    (14, 'GHD-HEL',     'ghd Helios hair dryer',              'ghd',                    'TL', NULL, 189.00, 121.00, 1,  1, '2026-11-02', false),
    (15, 'TT-ORIG',     'Tangle Teezer Original',             'Tangle Teezer',          'TL', NULL,  13.00,   5.50, 25, 10, '2026-11-02', false),
    (16, 'DER-DMF-74',  'Daily Microfoliant',                 'Dermalogica',            'SK',  74,  62.00,  31.00,  5,  3, '2026-08-03', false),
    (17, 'DER-SPF-50',  'Invisible Physical Defense SPF30',   'Dermalogica',            'SK',  50,  49.00,  24.50,  6,  3, '2026-08-03', false),
    (18, 'DER-CLN-150', 'Special Cleansing Gel',              'Dermalogica',            'SK', 150,  31.00,  15.50,  0,  4, '2026-08-03', false),
    (19, 'OPI-NE-15',   'Nail Envy strengthener',             'OPI',                    'NP',  15,  19.90,   9.10, 10,  5, '2026-08-03', false),
    (20, 'OPI-CO-15',   'ProSpa cuticle oil',                 'OPI',                    'NP',  15,  14.50,   6.20,  7,  5, '2026-08-03', false),
    (21, 'OPI-RP-30',   'Gel colour remover pads',            'OPI',                    'NP', NULL,   9.50,   3.80, 20,  8, '2026-08-03', false),
    (22, 'KER-ELX-100', 'Elixir Ultime oil',                  'Kérastase',              'TM', 100,  45.00,  22.50,  3,  3, '2026-11-02', false),
    (23, 'LOP-SIL-300', 'Silver shampoo',                     'L''Oréal Professionnel', 'SH', 300,  17.95,   8.40,  9,  5, '2026-11-02', false),
    (24, 'BUM-PAP-300', 'Pret-a-powder dry shampoo',          'Bumble and bumble',      'ST', 300,  29.00,  14.00,  5,  3, '2026-11-02', false),
    (25, 'TT-WET',      'Tangle Teezer Wet Detangler',        'Tangle Teezer',          'TL', NULL,  12.00,   5.00, 18,  8, '2026-11-02', false),
    (26, 'RED-HS-250',  'Max Hold hairspray',                 'Redken',                 'ST', 250,  19.50,   9.20,  0,  4, '2025-07-01', true),
    (27, 'SCH-BCS-250', 'BC Keratin shampoo',                 'Schwarzkopf',            'SH', 250,  14.00,   6.50,  0,  4, '2025-07-01', true),
    (28, 'SCH-BCC-200', 'BC Keratin conditioner',             'Schwarzkopf',            'CD', 200,  15.00,   7.00,  2,  4, '2025-07-01', true),
    (29, 'DER-PCO-150', 'PreCleanse oil',                     'Dermalogica',            'SK', 150,  40.00,  20.00,  8,  3, '2026-08-03', false),
    (30, 'KER-GEN-250', 'Genesis shampoo',                    'Kérastase',              'SH', 250,  27.50,  13.75, 12,  4, NULL,         false),
    (31, 'OPI-IS-15',   'Infinite Shine nail polish',         'OPI',                    'NP',  15,  16.90,   7.20, 24,  6, NULL,         false),
    (32, 'GHD-NBB',     'ghd Natural bristle brush',          'ghd',                    'TL', NULL,  36.00,  17.00,  4,  2, NULL,         false);

-- ---------------------------------------------------------------- appt (appointments)
CREATE TABLE appt (
    appt_id  integer PRIMARY KEY,
    cli_id   integer NOT NULL REFERENCES cli (cli_id),
    stf_id   smallint NOT NULL REFERENCES stf (stf_id),
    svc_id   smallint NOT NULL REFERENCES svc (svc_id),
    appt_ts  timestamptz NOT NULL,
    st       smallint NOT NULL,
    bk_ch    char(1) NOT NULL,
    px_chg   numeric(7,2),
    tip_amt  numeric(6,2)
);
COMMENT ON TABLE appt IS 'Appointment book: one row per service booked';
COMMENT ON COLUMN appt.appt_ts IS 'start of the appointment (UTC)';
COMMENT ON COLUMN appt.st IS '1 = booked (still to come), 2 = completed, 3 = late cancellation (less than 24 hours notice), 4 = no-show, 5 = cancelled with notice';
COMMENT ON COLUMN appt.bk_ch IS 'O = online, P = phone, W = walk-in or booked at the desk';
COMMENT ON COLUMN appt.px_chg IS 'amount charged for the service, GBP; late cancellations are charged half; NULL = nothing charged (booked, no-show, cancelled with notice)';
COMMENT ON COLUMN appt.tip_amt IS 'tip left at the till for the stylist, GBP; NULL = no tip';

INSERT INTO appt (appt_id, cli_id, stf_id, svc_id, appt_ts, st, bk_ch, px_chg, tip_amt)
WITH base AS (
    SELECT g,
           CASE WHEN g <= 5000 THEN date '2024-01-02' + ((g - 1) * 1064) / 5000
                ELSE date '2026-12-01' + (g - 5001) / 8 END AS d,
           (ARRAY[1,1,1,2,2,2,3,4,4,5,6,6,7,7,7,8,9,10,10,11,12,12,13,14,15,15,16,16,17,18,19,19,20])[1 + (g * 13) % 33] AS svc_id
    FROM generate_series(1, 5160) AS g
), c AS (
    SELECT b.*, 1 + (b.g * 37) % least(650, ((b.d - date '2020-01-01') * 100) / 385) AS cli0
    FROM base b
), c2 AS (
    SELECT c.g, c.d, c.svc_id, s.cat_cd, s.list_px,
           CASE WHEN c.cli0 % 29 = 0 THEN c.cli0 - 1 ELSE c.cli0 END AS cli_id
    FROM c JOIN svc s ON s.svc_id = c.svc_id
), p AS (
    SELECT c2.*,
           CASE cat_cd WHEN 'CT' THEN (ARRAY[1,3,4,7,8,18])[1 + (g + cli_id) % 6]
                       WHEN 'CL' THEN (ARRAY[2,5,9,2,1,3])[1 + (g + cli_id) % 6]
                       WHEN 'TR' THEN (ARRAY[7,8,9,4])[1 + (g + cli_id) % 4]
                       WHEN 'BE' THEN (ARRAY[6,10,13,14,15])[1 + (g + cli_id) % 5]
                       ELSE (ARRAY[11,12])[1 + (g + cli_id) % 2] END AS stf0
    FROM c2
), q AS (
    SELECT p.*,
           CASE WHEN s.hire_dt <= p.d AND (s.lv_dt IS NULL OR s.lv_dt >= p.d) THEN p.stf0
                ELSE CASE p.cat_cd WHEN 'CT' THEN 1 WHEN 'CL' THEN 2 WHEN 'TR' THEN 4 WHEN 'BE' THEN 14 ELSE 11 END
           END AS stf_id,
           CASE WHEN p.d >= date '2026-12-01' THEN 1
                WHEN p.g % 31 = 0 THEN 5
                WHEN p.g % 19 = 0 OR (p.cli_id % 41 = 7 AND p.g % 3 = 1) THEN 4
                WHEN p.g % 17 = 3 THEN 3
                ELSE 2 END AS st
    FROM p JOIN stf s ON s.stf_id = p.stf0
), r AS (
    SELECT q.*, round(q.list_px * CASE s.lvl_cd WHEN 'D' THEN 1.20 WHEN 'S' THEN 1.00 ELSE 0.85 END, 2) AS px,
           s.lvl_cd
    FROM q JOIN stf s ON s.stf_id = q.stf_id
)
SELECT g, cli_id, stf_id, svc_id,
       (d + make_interval(hours => 9 + (g * 7) % 9, mins => ((g * 3) % 4) * 15)) AT TIME ZONE 'UTC',
       st,
       (ARRAY['O','O','P','W','O','P'])[1 + g % 6],
       CASE st WHEN 2 THEN px WHEN 3 THEN round(px * 0.5, 2) END,
       CASE WHEN st = 2 AND g % 3 <> 0 AND NOT (lvl_cd = 'J' AND g % 5 = 0)
            THEN greatest(1, round(px * (0.05 + (g % 4) * 0.025), 0)) END
FROM r;

-- ---------------------------------------------------------------- rtl_sale (till lines for retail)
CREATE TABLE rtl_sale (
    sl_id    integer PRIMARY KEY,
    sl_ts    timestamptz NOT NULL,
    prod_id  smallint NOT NULL REFERENCES prod (prod_id),
    qty      smallint NOT NULL,
    unit_px  numeric(7,2) NOT NULL,
    cli_id   integer REFERENCES cli (cli_id),
    stf_id   smallint NOT NULL REFERENCES stf (stf_id),
    pay_cd   char(1) NOT NULL
);
COMMENT ON TABLE rtl_sale IS 'Retail products rung through the till, one row per product line';
COMMENT ON COLUMN rtl_sale.qty IS 'units sold';
COMMENT ON COLUMN rtl_sale.unit_px IS 'price per unit actually charged, GBP (10% off on promotion days)';
COMMENT ON COLUMN rtl_sale.cli_id IS 'client card, NULL = passer-by not on our books';
COMMENT ON COLUMN rtl_sale.stf_id IS 'staff member credited with the sale (earns the retail commission)';
COMMENT ON COLUMN rtl_sale.pay_cd IS 'C = cash, D = debit/credit card, V = gift voucher';

INSERT INTO rtl_sale (sl_id, sl_ts, prod_id, qty, unit_px, cli_id, stf_id, pay_cd)
WITH b AS (
    SELECT g,
           date '2024-01-03' + ((g - 1) * 1063) / 1500 AS d,
           (ARRAY[2,2,2,2,2,5,5,5,5,1,1,1,15,15,15,15,9,9,9,3,3,3,4,4,19,19,6,7,8,10,11,12,13,14,16,
                  17,18,20,21,22,23,24,25,26,27,28,29,1,2,5,15,9,3,23,25])[1 + (g * 17) % 55] AS prod0,
           (ARRAY[1,2,3,4,6,7,8,9,11,14,16,16,17,5,10])[1 + (g * 7) % 15] AS stf0
    FROM generate_series(1, 1500) AS g
), p AS (
    SELECT b.*,
           CASE WHEN prod0 IN (26, 27, 28) AND d > date '2025-06-30' THEN 15 ELSE prod0 END AS prod_id,
           CASE WHEN g % 6 = 0 THEN NULL
                ELSE 1 + (g * 53) % least(650, ((d - date '2020-01-01') * 100) / 385) END AS cli_id
    FROM b
)
SELECT g,
       (d + make_interval(hours => 9 + g % 9, mins => (g * 7) % 60)) AT TIME ZONE 'UTC',
       p.prod_id,
       CASE WHEN g % 29 = 0 THEN 3 WHEN g % 7 = 0 THEN 2 ELSE 1 END,
       CASE WHEN g % 13 = 0 THEN round(pr.rrp * 0.9, 2) ELSE pr.rrp END,
       p.cli_id,
       CASE WHEN s.hire_dt <= d AND (s.lv_dt IS NULL OR s.lv_dt >= d) THEN p.stf0 ELSE 16 END,
       CASE WHEN g % 19 = 4 THEN 'V' WHEN g % 7 = 1 THEN 'C' ELSE 'D' END
FROM p
JOIN prod pr ON pr.prod_id = p.prod_id
JOIN stf s ON s.stf_id = p.stf0;

-- ---------------------------------------------------------------- gv (gift vouchers)
CREATE TABLE gv (
    gv_id        integer PRIMARY KEY,
    gv_cd        varchar(10) NOT NULL UNIQUE,
    buy_dt       date NOT NULL,
    face_val     numeric(6,2) NOT NULL,
    buy_cli_id   integer REFERENCES cli (cli_id),
    exp_dt       date NOT NULL,
    rdm_dt       date,
    rdm_appt_id  integer
);
COMMENT ON TABLE gv IS 'Gift vouchers sold; each is spent in one go';
COMMENT ON COLUMN gv.face_val IS 'value of the voucher, GBP';
COMMENT ON COLUMN gv.buy_cli_id IS 'client who bought it; NULL = bought by someone not on our books';
COMMENT ON COLUMN gv.exp_dt IS 'last day it can be used (12 months after purchase)';
COMMENT ON COLUMN gv.rdm_dt IS 'date the voucher was spent; NULL = not redeemed yet';
COMMENT ON COLUMN gv.rdm_appt_id IS 'appointment it paid for (appt.appt_id, no foreign key); NULL = not redeemed or spent on retail';

INSERT INTO gv (gv_id, gv_cd, buy_dt, face_val, buy_cli_id, exp_dt, rdm_dt, rdm_appt_id)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 320 THEN date '2024-01-05' + ((g - 1) * 1055) / 320
                ELSE (ARRAY[date '2024-12-01', date '2025-12-01'])[1 + g % 2] + (g * 7) % 24 END AS buy_dt
    FROM generate_series(1, 380) AS g
), c AS (
    SELECT b.*,
           (b.buy_dt + interval '12 months' - interval '1 day')::date AS exp_dt,
           b.buy_dt + 15 + (b.g * 37) % 300 AS cand
    FROM b
), r AS (
    SELECT c.*,
           CASE WHEN g % 6 = 0 OR cand > least(exp_dt, date '2026-11-30') THEN NULL ELSE cand END AS rdm_dt
    FROM c
)
SELECT g,
       'GV' || lpad(g::text, 5, '0'),
       buy_dt,
       (ARRAY[25,50,50,75,100,150,40])[1 + (g * 3) % 7],
       CASE WHEN g % 4 = 0 THEN NULL
            ELSE 1 + (g * 71) % least(650, ((buy_dt - date '2020-01-01') * 100) / 385) END,
       exp_dt,
       rdm_dt,
       CASE WHEN rdm_dt IS NOT NULL AND g % 3 <> 0
            THEN 1 + ((rdm_dt - date '2024-01-02') * 5000) / 1064 END
FROM r;

-- ---------------------------------------------------------------- rvw (client reviews)
CREATE TABLE rvw (
    rvw_id   integer PRIMARY KEY,
    appt_id  integer NOT NULL REFERENCES appt (appt_id),
    stars    smallint NOT NULL,
    src_cd   char(1) NOT NULL,
    rvw_dt   date NOT NULL,
    txt      text,
    rply_dt  date
);
COMMENT ON TABLE rvw IS 'Reviews clients left after a visit';
COMMENT ON COLUMN rvw.stars IS 'rating, 1 (worst) to 5 stars';
COMMENT ON COLUMN rvw.src_cd IS 'G = Google, F = Facebook, W = our website, T = Treatwell';
COMMENT ON COLUMN rvw.txt IS 'review text; NULL = stars only';
COMMENT ON COLUMN rvw.rply_dt IS 'date we replied; NULL = no reply yet';

INSERT INTO rvw (rvw_id, appt_id, stars, src_cd, rvw_dt, txt, rply_dt)
WITH c AS (
    SELECT a.appt_id, a.stf_id, (a.appt_ts AT TIME ZONE 'UTC')::date AS d,
           row_number() OVER (ORDER BY a.appt_id) AS rn
    FROM appt a
    WHERE a.st = 2 AND (a.appt_id * 7) % 10 < 3
), s AS (
    SELECT c.*,
           greatest(1, CASE WHEN rn % 13 = 0 THEN 1 WHEN rn % 11 = 0 THEN 2 WHEN rn % 7 = 0 THEN 3
                            WHEN rn % 3 = 0 THEN 4 ELSE 5 END
                       - CASE WHEN stf_id IN (8, 10) AND rn % 2 = 0 THEN 1 ELSE 0 END) AS stars,
           d + (rn % 9)::int AS rvw_dt
    FROM c
)
SELECT rn, appt_id, stars,
       (ARRAY['G','G','G','F','W','T','G'])[1 + rn % 7],
       rvw_dt,
       CASE WHEN rn % 4 = 2 THEN NULL
            WHEN stars >= 4 THEN (ARRAY['Lovely as always, thank you!','Really happy with my hair','Great chat and a great cut','Best salon in town'])[1 + rn % 4]
            WHEN stars = 3 THEN 'Fine, but I had to wait 20 minutes'
            ELSE (ARRAY['Colour not what I asked for','Felt rushed','Too expensive for what it was'])[1 + rn % 3] END,
       CASE WHEN rn % 3 = 0 THEN NULL ELSE least(rvw_dt + (rn % 4)::int, date '2026-11-30') END
FROM s
WHERE rvw_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- cm_ln (commission ledger)
CREATE TABLE cm_ln (
    cm_id    integer PRIMARY KEY,
    stf_id   smallint NOT NULL REFERENCES stf (stf_id),
    src_cd   char(1) NOT NULL,
    ref_id   integer NOT NULL,
    earn_dt  date NOT NULL,
    amt      numeric(7,2) NOT NULL,
    paid_dt  date
);
COMMENT ON TABLE cm_ln IS 'Commission earned by staff, one line per completed service or retail sale line';
COMMENT ON COLUMN cm_ln.src_cd IS 'S = service, R = retail';
COMMENT ON COLUMN cm_ln.ref_id IS 'appt.appt_id for S lines, rtl_sale.sl_id for R lines (no foreign key)';
COMMENT ON COLUMN cm_ln.earn_dt IS 'date of the service or sale';
COMMENT ON COLUMN cm_ln.amt IS 'commission, GBP';
COMMENT ON COLUMN cm_ln.paid_dt IS 'payroll date it was paid with (5th of the next month); NULL = not paid out yet';

INSERT INTO cm_ln (cm_id, stf_id, src_cd, ref_id, earn_dt, amt, paid_dt)
WITH x AS (
    SELECT a.stf_id, 'S' AS src_cd, a.appt_id AS ref_id, (a.appt_ts AT TIME ZONE 'UTC')::date AS earn_dt,
           round(a.px_chg * s.svc_cm_pct / 100, 2) AS amt
    FROM appt a JOIN stf s ON s.stf_id = a.stf_id
    WHERE a.st = 2
    UNION ALL
    SELECT r.stf_id, 'R', r.sl_id, (r.sl_ts AT TIME ZONE 'UTC')::date,
           round(r.qty * r.unit_px * s.rtl_cm_pct / 100, 2)
    FROM rtl_sale r JOIN stf s ON s.stf_id = r.stf_id
), p AS (
    SELECT x.*, (date_trunc('month', earn_dt) + interval '1 month 4 days')::date AS pay_day FROM x
)
SELECT row_number() OVER (ORDER BY earn_dt, src_cd, ref_id), stf_id, src_cd, ref_id, earn_dt, amt,
       CASE WHEN ref_id % 97 = 0 OR pay_day > date '2026-11-30' THEN NULL ELSE pay_day END
FROM p;
