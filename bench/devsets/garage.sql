-- Made-up schema: an independent auto repair garage chain with four shop locations, in the style of
-- a legacy shop-management system (short table and column names, one-letter codes explained only in
-- column comments): customers, their vehicles, mechanics, a parts catalogue, repair orders, labor
-- lines, parts used on repair orders and payments. Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS ro_prt;
DROP TABLE IF EXISTS lbr_ln;
DROP TABLE IF EXISTS rpr_ord;
DROP TABLE IF EXISTS part;
DROP TABLE IF EXISTS tech;
DROP TABLE IF EXISTS veh;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    fst_nm    text,
    lst_nm    text,
    co_nm     text,
    cust_typ  char(1) NOT NULL,
    email     text,
    phn       varchar(20),
    txt_ok    boolean NOT NULL DEFAULT false,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers of the garage chain';
COMMENT ON COLUMN cust.cust_typ IS 'R = retail (private customer), F = fleet / business account (invoiced monthly)';
COMMENT ON COLUMN cust.co_nm IS 'company name; fleet accounts only (their contact name is usually not on file)';
COMMENT ON COLUMN cust.txt_ok IS 'customer agreed to text-message reminders';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer record was created';

INSERT INTO cust (cust_id, fst_nm, lst_nm, co_nm, cust_typ, email, phn, txt_ok, crt_dt)
SELECT g,
       CASE WHEN g % 20 = 0 THEN NULL ELSE fn END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE ln END,
       CASE WHEN g % 20 = 0 THEN
           (ARRAY['Metro Plumbing Co','Quick Courier LLC','Greenway Landscaping','Yellow Top Cab','Apex Electric',
                  'Sunrise Bakery','Harbor Florists','Bright Smile Dental','Lakeside Property Mgmt','Northstar HVAC',
                  'Blue Ribbon Catering','Summit Roofing','Pioneer Pest Control','Valley Medical Transport',
                  'City Parks Dept','Rapid Rooter','Keystone Builders','Fresh Farms Produce','Allied Security',
                  'Evergreen Tree Service','Main Street Hardware','Pronto Pizza','Coastal Movers','Iron Horse Towing',
                  'Redline Auto Glass','Cornerstone Church','Hilltop Vet Clinic','Westside Daycare','Crystal Pool Care',
                  'Tri-County Flooring'])[g / 20]
       END,
       CASE WHEN g % 20 = 0 THEN 'F' ELSE 'R' END,
       CASE WHEN g % 11 = 0 THEN NULL
            WHEN g % 20 = 0 THEN 'fleet' || g || '@example.com'
            ELSE lower(fn || '.' || ln || g || '@example.com') END,
       '555-' || lpad(((g * 211) % 1000)::text, 3, '0') || '-' || lpad(((g * 7919) % 10000)::text, 4, '0'),
       g % 3 <> 0,
       CASE WHEN g > 560 THEN date '2025-01-06' + (g - 560) * 8
            ELSE date '2018-03-01' + g * 3 END
FROM (
    SELECT g,
           (ARRAY['James','Maria','Robert','Linda','Michael','Patricia','David','Jennifer','Carlos','Susan',
                  'Kevin','Angela','Brian','Nicole','Tomas','Rachel','Derek','Yuki','Omar','Grace',
                  'Travis','Leah','Raj','Beatriz'])[1 + g % 24] AS fn,
           (ARRAY['Anderson','Baker','Carter','Diaz','Evans','Foster','Gonzalez','Hughes','Ibarra','Jensen',
                  'Khan','Lambert','Murphy','Novak','Olsen','Perez','Quinn','Russo','Schmidt','Tran',
                  'Underwood','Vargas','Walsh','Xu','Young','Zimmerman','Becker','Moreau','Costa'])[1 + (g * 7) % 29] AS ln
    FROM generate_series(1, 600) AS g
) n;

-- ---------------------------------------------------------------- veh (customers' vehicles)
CREATE TABLE veh (
    veh_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    vin      char(17),
    plt      varchar(8),
    mk       text NOT NULL,
    mdl      text NOT NULL,
    yr       smallint NOT NULL,
    fuel     char(1) NOT NULL,
    lst_odo  integer
);
COMMENT ON TABLE veh IS 'Vehicles (cars and trucks) owned by customers';
COMMENT ON COLUMN veh.vin IS 'vehicle identification number; NULL = not recorded';
COMMENT ON COLUMN veh.plt IS 'license plate';
COMMENT ON COLUMN veh.mk IS 'make (manufacturer)';
COMMENT ON COLUMN veh.mdl IS 'model';
COMMENT ON COLUMN veh.yr IS 'model year';
COMMENT ON COLUMN veh.fuel IS 'G = gasoline, D = diesel, H = hybrid, E = battery electric';
COMMENT ON COLUMN veh.lst_odo IS 'highest odometer reading (miles) recorded at a visit; NULL = never in the shop or never recorded';

INSERT INTO veh (veh_id, cust_id, vin, plt, mk, mdl, yr, fuel)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 560 THEN g                           -- every customer record 1..560 has one car
                WHEN g <= 660 THEN 1 + (g * 7) % 560           -- some of them a second one
                ELSE 20 * (1 + g % 28) END AS cust_id,         -- fleet vehicles
           CASE WHEN g > 660 THEN 18 + g % 4 ELSE 1 + (g * 7) % 17 END AS m
    FROM generate_series(1, 760) AS g
), m AS (
    SELECT b.*,
           (ARRAY['Toyota','Toyota','Honda','Honda','Ford','Chevrolet','Nissan','Subaru','Hyundai','Jeep',
                  'Kia','Volkswagen','BMW','Tesla','Toyota','Ford','Ram',
                  'Ford','Ram','Chevrolet','Ford'])[m] AS mk,
           (ARRAY['Camry','RAV4','Civic','CR-V','Escape','Equinox','Altima','Outback','Elantra','Grand Cherokee',
                  'Sorento','Jetta','3 Series','Model 3','Prius','F-150','1500',
                  'Transit','2500','Silverado 1500','F-150'])[m] AS mdl
    FROM b
)
SELECT g, cust_id,
       CASE WHEN g % 47 = 0 THEN NULL ELSE upper(substr(md5('vin' || g), 1, 17)) END,
       upper(substr(md5('plate' || g), 1, 3)) || lpad(((g * 7919) % 10000)::text, 4, '0'),
       mk, mdl,
       CASE WHEN mdl = 'Model 3' THEN 2018 + g % 7
            WHEN g > 660 THEN 2016 + g % 9
            ELSE 2005 + (g * 11) % 20 END,
       CASE WHEN mdl = 'Model 3' THEN 'E'
            WHEN mdl = 'Prius' THEN 'H'
            WHEN mdl = '2500' THEN 'D'
            WHEN mdl = 'Transit' AND g % 2 = 0 THEN 'D'
            WHEN mdl = 'Jetta' AND g % 3 = 0 THEN 'D'
            WHEN mdl = 'RAV4' AND g % 4 = 0 THEN 'H'
            ELSE 'G' END
FROM m;

-- ---------------------------------------------------------------- tech (mechanics)
CREATE TABLE tech (
    tech_id   integer PRIMARY KEY,
    loc       smallint NOT NULL,
    fst_nm    text NOT NULL,
    lst_nm    text NOT NULL,
    skl_lvl   char(1) NOT NULL,
    hire_dt   date NOT NULL,
    term_dt   date,
    hrly_wage numeric(6,2) NOT NULL
);
COMMENT ON TABLE tech IS 'Technicians (mechanics) employed at the shops';
COMMENT ON COLUMN tech.loc IS 'shop: 1 = Downtown (Main St), 2 = Northgate, 3 = Riverside, 4 = Airport Rd (opened March 2025)';
COMMENT ON COLUMN tech.skl_lvl IS 'M = master technician, A = ASE-certified technician, L = lube / entry-level technician';
COMMENT ON COLUMN tech.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN tech.hrly_wage IS 'what the shop pays the technician per hour, USD';

INSERT INTO tech (tech_id, loc, fst_nm, lst_nm, skl_lvl, hire_dt, term_dt, hrly_wage) VALUES
    (1,  1, 'Marcus',  'Reyes',     'M', '2012-04-16', NULL,         42.00),
    (2,  1, 'Dana',    'Kowalski',  'A', '2017-08-01', NULL,         34.50),
    (3,  1, 'Tyler',   'Brooks',    'A', '2019-03-11', NULL,         31.00),
    (4,  1, 'Jamal',   'Whitaker',  'L', '2023-06-05', NULL,         21.00),
    (5,  1, 'Hector',  'Alvarez',   'L', '2022-10-17', NULL,         22.50),
    (6,  2, 'Greg',    'Lindqvist', 'M', '2010-01-11', NULL,         44.00),
    (7,  2, 'Aisha',   'Bello',     'A', '2018-05-21', NULL,         33.00),
    (8,  2, 'Sam',     'Okafor',    'A', '2020-09-14', NULL,         30.50),
    (9,  2, 'Kyle',    'Nguyen',    'L', '2024-02-05', NULL,         20.00),
    (10, 2, 'Rosa',    'Delgado',   'L', '2021-07-19', NULL,         23.00),
    (11, 3, 'Victor',  'Hale',      'M', '2014-11-03', NULL,         41.00),
    (12, 3, 'Brianna', 'Cole',      'A', '2016-02-29', NULL,         35.00),
    (13, 3, 'Luis',    'Ortega',    'A', '2021-01-25', NULL,         29.50),
    (14, 3, 'Ethan',   'Park',      'L', '2023-09-11', NULL,         19.50),
    (15, 3, 'Molly',   'Fraser',    'L', '2022-04-04', NULL,         21.50),
    (16, 4, 'Andre',   'Dupont',    'M', '2025-02-10', NULL,         43.00),
    (17, 4, 'Keisha',  'Grant',     'A', '2025-02-10', NULL,         32.00),
    (18, 4, 'Pavel',   'Sokolov',   'A', '2025-02-17', NULL,         31.50),
    (19, 4, 'Jordan',  'Miles',     'L', '2025-02-24', NULL,         20.50),
    (20, 1, 'Frank',   'Dawson',    'M', '2008-06-02', '2024-09-30', 40.00),
    (21, 2, 'Cody',    'Simmons',   'L', '2023-03-13', '2025-04-15', 19.00),
    (22, 3, 'Nina',    'Petrova',   'A', '2025-11-24', NULL,         30.00);

-- ---------------------------------------------------------------- part (parts catalogue)
CREATE TABLE part (
    part_no    varchar(14) PRIMARY KEY,
    part_desc  text NOT NULL,
    cat        char(2) NOT NULL,
    unit_cost  numeric(8,2),
    list_prc   numeric(8,2) NOT NULL,
    oem_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE part IS 'Parts catalogue';
COMMENT ON COLUMN part.cat IS 'OL = oil & fluids, FT = filters, BR = brakes, EL = electrical & ignition, SS = suspension & steering, TR = tires, BT = belts, hoses & cooling, MS = miscellaneous';
COMMENT ON COLUMN part.unit_cost IS 'what the shop pays the supplier per unit, USD; NULL = cost not on file (old stock)';
COMMENT ON COLUMN part.list_prc IS 'standard selling price per unit, USD';
COMMENT ON COLUMN part.oem_flg IS 'true = genuine factory (OEM) part, false = aftermarket';

INSERT INTO part (part_no, part_desc, cat, unit_cost, list_prc, oem_flg) VALUES
    ('OL-5W30-QT',   'Synthetic blend 5W-30 motor oil, 1 qt',      'OL',   4.10,   8.99, false),
    ('OL-0W20-QT',   'Full synthetic 0W-20 motor oil, 1 qt',       'OL',   5.35,  11.49, false),
    ('OL-15W40-QT',  'Diesel 15W-40 motor oil, 1 qt',              'OL',   4.80,   9.99, false),
    ('OL-10W30-QT',  'Conventional 10W-30 motor oil, 1 qt (old stock)', 'OL', NULL, 6.99, false),
    ('OL-ATF-QT',    'Automatic transmission fluid, 1 qt',         'OL',   5.90,  12.99, false),
    ('OL-COOL-GAL',  'Antifreeze / coolant 50/50, 1 gal',          'OL',   9.75,  21.99, false),
    ('OL-R134A',     'R-134a refrigerant, 12 oz',                  'OL',  11.20,  34.99, false),
    ('OL-R1234YF',   'R-1234yf refrigerant, 8 oz',                 'OL',  38.00, 119.00, false),
    ('OL-BRKFL',     'DOT 3 brake fluid, 12 oz',                   'OL',   3.60,   9.49, false),
    ('FT-OIL-T01',   'Oil filter, Toyota (genuine)',               'FT',   6.40,  14.95, true),
    ('FT-OIL-H01',   'Oil filter, Honda (genuine)',                'FT',   5.90,  13.95, true),
    ('FT-OIL-U01',   'Oil filter, universal spin-on',              'FT',   3.25,   9.99, false),
    ('FT-AIR-U01',   'Engine air filter',                          'FT',   8.80,  27.99, false),
    ('FT-CAB-U01',   'Cabin air filter',                           'FT',   7.10,  29.99, false),
    ('FT-FUEL-D01',  'Diesel fuel filter',                         'FT',  24.50,  64.99, false),
    ('BR-PAD-CER-F', 'Ceramic brake pads, front set',              'BR',  32.00,  89.99, false),
    ('BR-PAD-CER-R', 'Ceramic brake pads, rear set',               'BR',  28.50,  79.99, false),
    ('BR-PAD-OEM-F', 'Genuine brake pads, front set',              'BR',  54.00, 129.00, true),
    ('BR-ROT-F',     'Brake rotor, front',                         'BR',  41.00, 109.00, false),
    ('BR-ROT-R',     'Brake rotor, rear',                          'BR',  37.50,  96.00, false),
    ('BR-CAL-F',     'Remanufactured brake caliper, front',        'BR',  46.00, 139.00, false),
    ('EL-BAT-24F',   'Battery group 24F, 36-month',                'EL',  98.00, 189.99, false),
    ('EL-BAT-H6',    'AGM battery group H6',                       'EL', 142.00, 259.99, false),
    ('EL-BAT-35',    'Battery group 35 (old stock)',               'EL',   NULL, 169.99, false),
    ('EL-ALT-R01',   'Remanufactured alternator',                  'EL', 165.00, 349.00, false),
    ('EL-STR-R01',   'Remanufactured starter',                     'EL', 128.00, 289.00, false),
    ('EL-BULB-H11',  'Headlight bulb H11',                         'EL',   9.40,  24.99, false),
    ('EL-PLUG-IR',   'Iridium spark plug (genuine)',               'EL',   7.20,  18.99, true),
    ('SS-STRUT-F',   'Front strut assembly',                       'SS', 118.00, 259.00, false),
    ('SS-TREND-O',   'Outer tie rod end',                          'SS',  21.00,  64.99, false),
    ('SS-SWAY-L',    'Sway bar link',                              'SS',  14.50,  44.99, false),
    ('SS-CTRL-ARM',  'Lower control arm with ball joint',          'SS',  72.00, 179.00, false),
    ('TR-ALL-215',   'All-season tire 215/55R17',                  'TR',  96.00, 159.00, false),
    ('TR-ALL-235',   'All-season tire 235/65R17',                  'TR', 118.00, 189.00, false),
    ('TR-LT-265',    'LT all-terrain tire 265/70R17',              'TR', 162.00, 249.00, false),
    ('TR-VALVE',     'TPMS valve service kit',                     'TR',   2.10,   9.99, false),
    ('BT-SERP-01',   'Serpentine belt',                            'BT',  22.00,  59.99, false),
    ('BT-HOSE-UP',   'Upper radiator hose',                        'BT',  18.00,  49.99, false),
    ('BT-TSTAT',     'Thermostat with gasket',                     'BT',  16.40,  54.99, false),
    ('BT-WP-01',     'Water pump',                                 'BT',  64.00, 169.00, false),
    ('MS-WIPER-22',  'Wiper blade, 22 in',                         'MS',   6.50,  19.99, false),
    ('MS-SHOPSUP',   'Shop supplies (rags, cleaner, hardware)',    'MS',   1.25,   4.95, false),
    ('MS-GASKET-VC', 'Valve cover gasket set',                     'MS',  19.00,  62.99, false),
    ('MS-ENG-MOUNT', 'Engine mount',                               'MS',  48.00, 139.00, false);

-- ---------------------------------------------------------------- rpr_ord (repair orders)
CREATE TABLE rpr_ord (
    ro_id     integer PRIMARY KEY,
    loc       smallint NOT NULL,
    veh_id    integer NOT NULL,
    ro_dt     date NOT NULL,
    odo_in    integer,
    ro_stat   char(1) NOT NULL,
    cmpl_at   timestamptz,
    pu_at     timestamptz,
    cb_ro_id  integer REFERENCES rpr_ord (ro_id),
    waiter    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE rpr_ord IS 'Repair orders: one per vehicle visit';
COMMENT ON COLUMN rpr_ord.loc IS 'shop: 1 = Downtown (Main St), 2 = Northgate, 3 = Riverside, 4 = Airport Rd (opened March 2025)';
COMMENT ON COLUMN rpr_ord.veh_id IS 'vehicle (veh.veh_id) the repair order is for';
COMMENT ON COLUMN rpr_ord.ro_dt IS 'date the repair order was opened (vehicle dropped off)';
COMMENT ON COLUMN rpr_ord.odo_in IS 'odometer reading (miles) at drop-off; NULL = not recorded';
COMMENT ON COLUMN rpr_ord.ro_stat IS 'O = open / work in progress, W = waiting for parts, A = waiting for customer approval, C = closed (work done and invoiced), X = cancelled (customer declined the work)';
COMMENT ON COLUMN rpr_ord.cmpl_at IS 'when the work was finished; NULL unless ro_stat = C';
COMMENT ON COLUMN rpr_ord.pu_at IS 'when the customer picked the vehicle up; NULL = vehicle still at the shop';
COMMENT ON COLUMN rpr_ord.cb_ro_id IS 'comeback: the earlier repair order whose work had to be redone on this visit; NULL = not a comeback';
COMMENT ON COLUMN rpr_ord.waiter IS 'customer waited at the shop while the work was done';

INSERT INTO rpr_ord (ro_id, loc, veh_id, ro_dt, odo_in, ro_stat, cmpl_at, pu_at, cb_ro_id, waiter)
WITH b AS (
    SELECT g AS ro_id,
           date '2024-01-02' + ((g - 1) * 698) / 3199 AS ro_dt,
           CASE WHEN g % 5 = 0 THEN CASE WHEN (g / 5) % 3 = 0 THEN 661 + ((g / 5) * 7) % 40
                                         ELSE 661 + ((g / 5) * 11) % 100 END
                WHEN g % 3 = 0 THEN 1 + ((g / 3) * 13) % 120      -- regulars
                ELSE 1 + (g * 37 + g / 15) % 660 END AS v0
    FROM generate_series(1, 3200) AS g
), b2 AS (
    SELECT ro_id, ro_dt, CASE WHEN v0 % 29 = 0 THEN v0 + 1 ELSE v0 END AS v1   -- every 29th car never comes in
    FROM b
), c AS (
    SELECT ro_id, ro_dt,
           CASE WHEN lag(ro_dt) OVER (PARTITION BY v1 ORDER BY ro_id) = ro_dt THEN v1 + 2 ELSE v1 END AS veh_id,  -- one visit a day
           CASE WHEN ro_dt >= date '2025-03-03' THEN 1 + ro_id % 4 ELSE 1 + ro_id % 3 END AS loc,
           CASE WHEN ro_id % 43 = 0 THEN 'X'
                WHEN ro_dt >= date '2025-11-24' THEN (ARRAY['O','W','A','C','O','C','C'])[1 + ro_id % 7]
                WHEN ro_dt >= date '2025-09-01' AND ro_id % 61 = 0 THEN 'W'
                ELSE 'C' END AS ro_stat
    FROM b2
), s AS (
    SELECT c.*,
           lag(ro_id)   OVER w AS prev_ro,
           lag(ro_dt)   OVER w AS prev_dt,
           lag(ro_stat) OVER w AS prev_stat
    FROM c
    WINDOW w AS (PARTITION BY veh_id ORDER BY ro_dt, ro_id)
), t AS (
    SELECT s.*,
           CASE WHEN ro_stat = 'C' THEN
                (ro_dt + time '07:30') AT TIME ZONE 'UTC'
                + (2 + (ro_id * 7) % 9) * interval '1 hour' + ((ro_id * 13) % 4) * interval '15 minutes'
                + CASE WHEN ro_id % 5 = 0 AND ro_dt < date '2025-11-24' THEN interval '24 hours' ELSE interval '0' END
           END AS cmpl_at
    FROM s
)
SELECT t.ro_id, t.loc, t.veh_id, t.ro_dt,
       CASE WHEN t.ro_id % 53 = 0 THEN NULL
            ELSE (greatest(2024 - v.yr, 0) * 11500 + (v.veh_id * 137) % 9000 + 800
                  + (t.ro_dt - date '2024-01-01') * (25 + v.veh_id % 30))::int END,
       t.ro_stat,
       t.cmpl_at,
       CASE WHEN t.ro_stat = 'X' THEN (t.ro_dt + time '07:30') AT TIME ZONE 'UTC' + (1 + t.ro_id % 5) * interval '1 hour'
            WHEN t.ro_stat <> 'C' THEN NULL
            WHEN t.ro_id % 97 = 0 THEN NULL                                   -- never collected
            WHEN t.cmpl_at + (1 + (t.ro_id * 3) % 20) * interval '1 hour' > timestamptz '2025-11-30 18:00:00+00' THEN NULL
            ELSE t.cmpl_at + (1 + (t.ro_id * 3) % 20) * interval '1 hour' END,
       CASE WHEN t.ro_stat <> 'X' AND t.prev_stat = 'C' AND t.ro_id % 7 IN (0, 3)
                 AND t.prev_dt >= t.ro_dt - 45 THEN t.prev_ro END,
       (t.ro_id / 7 + t.veh_id) % 4 = 1 AND t.ro_id % 5 <> 0
FROM t JOIN veh v ON v.veh_id = t.veh_id;

UPDATE veh v SET lst_odo = m.odo
FROM (SELECT veh_id, max(odo_in) AS odo FROM rpr_ord GROUP BY veh_id) m
WHERE m.veh_id = v.veh_id;

-- ---------------------------------------------------------------- lbr_ln (labor lines)
CREATE TABLE lbr_ln (
    ln_id    integer PRIMARY KEY,
    ro_id    integer NOT NULL REFERENCES rpr_ord (ro_id),
    ln_no    smallint NOT NULL,
    tech_id  integer REFERENCES tech (tech_id),
    op_cd    varchar(4) NOT NULL,
    hrs      numeric(4,2) NOT NULL,
    rate     numeric(6,2) NOT NULL,
    pay_typ  char(1) NOT NULL,
    UNIQUE (ro_id, ln_no)
);
COMMENT ON TABLE lbr_ln IS 'Labor lines: the jobs done on a repair order';
COMMENT ON COLUMN lbr_ln.ln_no IS 'line number within the repair order (1, 2, 3)';
COMMENT ON COLUMN lbr_ln.tech_id IS 'technician who does the job; NULL = not assigned yet';
COMMENT ON COLUMN lbr_ln.op_cd IS 'LOF = lube, oil & filter change, BRK = brake service, ALN = wheel alignment, TIR = tires (mount, balance, rotate), DIA = diagnosis, ACS = air-conditioning service, ELE = electrical repair, SUS = suspension & steering, ENG = engine repair, INS = state safety inspection';
COMMENT ON COLUMN lbr_ln.hrs IS 'labor hours billed for the job (flat-rate hours)';
COMMENT ON COLUMN lbr_ln.rate IS 'labor rate charged per hour, USD; 0 on internal lines';
COMMENT ON COLUMN lbr_ln.pay_typ IS 'C = customer pay, W = warranty (billed to the manufacturer or extended-warranty company), I = internal, no charge (comeback rework)';

INSERT INTO lbr_ln (ln_id, ro_id, ln_no, tech_id, op_cd, hrs, rate, pay_typ)
WITH r AS (
    SELECT r.*, v.fuel, v.yr, c.cust_typ,
           CASE WHEN r.ro_stat = 'X' OR r.cb_ro_id IS NOT NULL THEN 1
                ELSE 1 + ((r.ro_id * 5) % 7) / 3 END AS n_lines
    FROM rpr_ord r JOIN veh v ON v.veh_id = r.veh_id JOIN cust c ON c.cust_id = v.cust_id
), l AS (
    SELECT r.*, k AS ln_no,
           CASE WHEN k = 1 THEN
                CASE WHEN r.ro_stat = 'X' THEN 'DIA'
                     WHEN r.ro_stat = 'W' AND r.cb_ro_id IS NULL THEN (ARRAY['BRK','ELE','SUS','ENG'])[1 + r.ro_id % 4]
                     ELSE (ARRAY['LOF','LOF','LOF','BRK','DIA','TIR','ELE','ALN','SUS','ENG','ACS','INS','LOF','BRK'])
                          [1 + (coalesce(r.cb_ro_id, r.ro_id) * 5) % 14] END
                WHEN k = 2 THEN (ARRAY['TIR','BRK','ALN','ACS','INS','DIA','SUS','ELE'])[1 + (r.ro_id * 3 + 1) % 8]
                ELSE (ARRAY['TIR','BRK','ALN','ACS','INS','DIA','SUS','ELE'])[1 + (r.ro_id * 3 + 4) % 8]
           END AS op0
    FROM r CROSS JOIN LATERAL generate_series(1, r.n_lines) AS k
), o AS (
    SELECT l.*,
           row_number() OVER (ORDER BY ro_id, ln_no) AS ln_id,
           CASE WHEN op0 = 'LOF' AND fuel = 'E' THEN 'TIR'                 -- no oil changes on electric cars
                WHEN op0 = 'LOF' AND cb_ro_id IS NOT NULL THEN 'DIA'       -- comeback after an oil change: leak check
                ELSE op0 END AS op_cd
    FROM l
), p AS (
    SELECT o.*,
           CASE WHEN cb_ro_id IS NOT NULL THEN 'I'
                WHEN yr >= 2021 AND op_cd IN ('ENG','ELE','SUS') AND ro_id % 3 = 0 THEN 'W'
                ELSE 'C' END AS pay_typ,
           CASE op_cd WHEN 'LOF' THEN CASE WHEN fuel = 'D' THEN 0.8 ELSE 0.5 END
                      WHEN 'BRK' THEN 1.5 + (ro_id % 3) * 0.5
                      WHEN 'ALN' THEN 1.0
                      WHEN 'TIR' THEN 0.5 + (ro_id % 3) * 0.25
                      WHEN 'DIA' THEN CASE WHEN ro_id % 17 = 0 THEN 0 ELSE 1.0 END   -- waived diagnosis
                      WHEN 'ACS' THEN 1.2
                      WHEN 'ELE' THEN 0.8 + (ro_id % 4) * 0.6
                      WHEN 'SUS' THEN 2.0 + (ro_id % 3) * 0.7
                      WHEN 'ENG' THEN 3.0 + (ro_id % 6) * 0.8
                      ELSE 0.6 END AS hrs0
    FROM o
)
SELECT p.ln_id, p.ro_id, p.ln_no,
       CASE WHEN p.ro_stat IN ('O','A') AND p.ln_no > 1 THEN NULL ELSE tk.tech_id END,
       p.op_cd,
       CASE WHEN p.pay_typ = 'I' THEN round(p.hrs0 * 0.5, 1) ELSE p.hrs0 END,
       CASE WHEN p.pay_typ = 'I' THEN 0
            WHEN p.pay_typ = 'W' THEN 118.00
            ELSE CASE WHEN p.op_cd IN ('LOF','TIR','INS') THEN CASE WHEN p.ro_dt < date '2025-01-01' THEN 89 ELSE 95 END
                      WHEN p.ro_dt < date '2025-01-01' THEN (ARRAY[145, 135, 139])[p.loc]
                      ELSE (ARRAY[155, 145, 149, 150])[p.loc] END
                 - CASE WHEN p.cust_typ = 'F' THEN 10 ELSE 0 END
       END,
       p.pay_typ
FROM p
LEFT JOIN LATERAL (
    SELECT e.tech_id
    FROM (SELECT t.tech_id, row_number() OVER (ORDER BY t.tech_id) AS rn, count(*) OVER () AS cnt
          FROM tech t
          WHERE t.loc = p.loc AND t.hire_dt <= p.ro_dt AND (t.term_dt IS NULL OR t.term_dt >= p.ro_dt)
            AND CASE WHEN p.op_cd IN ('LOF','TIR','INS') THEN t.skl_lvl IN ('L','A')
                     ELSE t.skl_lvl IN ('M','A') END) e
    WHERE e.rn = 1 + (p.ro_id * 7 + p.ln_no) % e.cnt
) tk ON true;

-- ---------------------------------------------------------------- ro_prt (parts used on repair orders)
CREATE TABLE ro_prt (
    prt_ln_id integer PRIMARY KEY,
    ro_id     integer NOT NULL REFERENCES rpr_ord (ro_id),
    ln_no     smallint NOT NULL,
    part_no   varchar(14) NOT NULL REFERENCES part (part_no),
    qty       numeric(6,2) NOT NULL,
    sell_prc  numeric(8,2) NOT NULL,
    spcl_ord  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE ro_prt IS 'Parts put on vehicles, per repair order';
COMMENT ON COLUMN ro_prt.ln_no IS 'labor line (lbr_ln.ln_no on the same repair order) the part was used for';
COMMENT ON COLUMN ro_prt.qty IS 'quantity used (quarts for oil, otherwise pieces)';
COMMENT ON COLUMN ro_prt.sell_prc IS 'price charged per unit, USD (fleet discount applied; 0 on internal lines)';
COMMENT ON COLUMN ro_prt.spcl_ord IS 'special-ordered from a supplier rather than taken from stock';

INSERT INTO ro_prt (prt_ln_id, ro_id, ln_no, part_no, qty, sell_prc, spcl_ord)
WITH l AS (
    SELECT l.ln_id, l.ro_id, l.ln_no, l.op_cd, l.pay_typ, r.ro_stat, v.mk, v.mdl, v.yr, v.fuel, c.cust_typ,
           v.mdl IN ('F-150','1500','2500','Silverado 1500','Transit','Grand Cherokee') AS truck
    FROM lbr_ln l
    JOIN rpr_ord r ON r.ro_id = l.ro_id
    JOIN veh v ON v.veh_id = r.veh_id
    JOIN cust c ON c.cust_id = v.cust_id
), u AS (
    -- oil changes: oil, filter, sometimes cabin / engine air filter, diesel fuel filter
    SELECT l.*, 1 AS seq,
           CASE WHEN fuel = 'D' THEN 'OL-15W40-QT'
                WHEN mk IN ('Toyota','Honda') AND yr >= 2015 THEN 'OL-0W20-QT'
                ELSE 'OL-5W30-QT' END AS part_no,
           CASE WHEN fuel = 'D' THEN 10 WHEN truck THEN 6 WHEN mdl = 'Civic' THEN 4.5 ELSE 5 END AS qty
    FROM l WHERE op_cd = 'LOF'
    UNION ALL
    SELECT l.*, 2, CASE mk WHEN 'Toyota' THEN 'FT-OIL-T01' WHEN 'Honda' THEN 'FT-OIL-H01' ELSE 'FT-OIL-U01' END, 1
    FROM l WHERE op_cd = 'LOF'
    UNION ALL
    SELECT l.*, 3, 'FT-CAB-U01', 1 FROM l WHERE op_cd = 'LOF' AND ln_id % 4 = 0
    UNION ALL
    SELECT l.*, 4, 'FT-AIR-U01', 1 FROM l WHERE op_cd = 'LOF' AND ln_id % 5 = 0
    UNION ALL
    SELECT l.*, 5, 'FT-FUEL-D01', 1 FROM l WHERE op_cd = 'LOF' AND fuel = 'D' AND ln_id % 2 = 0
    -- brakes
    UNION ALL
    SELECT l.*, 1, CASE WHEN yr >= 2021 AND ln_id % 3 = 0 THEN 'BR-PAD-OEM-F' ELSE 'BR-PAD-CER-F' END, 1
    FROM l WHERE op_cd = 'BRK' AND ln_id % 3 <> 1
    UNION ALL
    SELECT l.*, 2, 'BR-PAD-CER-R', 1 FROM l WHERE op_cd = 'BRK' AND ln_id % 3 = 1
    UNION ALL
    SELECT l.*, 3, CASE WHEN ln_id % 3 = 1 THEN 'BR-ROT-R' ELSE 'BR-ROT-F' END, 2 FROM l WHERE op_cd = 'BRK' AND ln_id % 2 = 0
    UNION ALL
    SELECT l.*, 4, 'OL-BRKFL', 1 FROM l WHERE op_cd = 'BRK' AND ln_id % 5 = 0
    UNION ALL
    SELECT l.*, 5, 'BR-CAL-F', 1 FROM l WHERE op_cd = 'BRK' AND ln_id % 11 = 0
    -- tires
    UNION ALL
    SELECT l.*, 1, CASE WHEN truck THEN 'TR-LT-265' WHEN mdl IN ('RAV4','CR-V','Escape','Equinox','Outback','Sorento') THEN 'TR-ALL-235' ELSE 'TR-ALL-215' END,
           CASE WHEN ln_id % 3 = 0 THEN 4 ELSE 2 END
    FROM l WHERE op_cd = 'TIR' AND ln_id % 3 <> 2
    UNION ALL
    SELECT l.*, 2, 'TR-VALVE', CASE WHEN ln_id % 3 = 0 THEN 4 ELSE 2 END FROM l WHERE op_cd = 'TIR' AND ln_id % 3 <> 2
    -- air conditioning
    UNION ALL
    SELECT l.*, 1, CASE WHEN yr >= 2017 THEN 'OL-R1234YF' ELSE 'OL-R134A' END, 2 FROM l WHERE op_cd = 'ACS'
    -- electrical
    UNION ALL
    SELECT l.*, 1, CASE WHEN mk IN ('BMW','Volkswagen','Jeep') THEN 'EL-BAT-H6' ELSE 'EL-BAT-24F' END, 1
    FROM l WHERE op_cd = 'ELE' AND ln_id % 3 = 0
    UNION ALL
    SELECT l.*, 1, 'EL-ALT-R01', 1 FROM l WHERE op_cd = 'ELE' AND ln_id % 3 = 1
    UNION ALL
    SELECT l.*, 1, CASE WHEN ln_id % 2 = 0 THEN 'EL-STR-R01' ELSE 'EL-BULB-H11' END, CASE WHEN ln_id % 2 = 0 THEN 1 ELSE 2 END
    FROM l WHERE op_cd = 'ELE' AND ln_id % 3 = 2
    -- suspension
    UNION ALL
    SELECT l.*, 1, 'SS-STRUT-F', 2 FROM l WHERE op_cd = 'SUS' AND ln_id % 2 = 0
    UNION ALL
    SELECT l.*, 1, 'SS-TREND-O', 1 FROM l WHERE op_cd = 'SUS' AND ln_id % 2 = 1
    UNION ALL
    SELECT l.*, 2, 'SS-SWAY-L', 2 FROM l WHERE op_cd = 'SUS' AND ln_id % 2 = 1
    UNION ALL
    SELECT l.*, 3, 'SS-CTRL-ARM', 1 FROM l WHERE op_cd = 'SUS' AND ln_id % 7 = 0
    -- engine
    UNION ALL
    SELECT l.*, 1, 'EL-PLUG-IR', CASE WHEN truck THEN 8 ELSE 4 END FROM l WHERE op_cd = 'ENG' AND ln_id % 3 = 0
    UNION ALL
    SELECT l.*, 1, 'BT-WP-01', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 3 = 1
    UNION ALL
    SELECT l.*, 2, 'OL-COOL-GAL', 2 FROM l WHERE op_cd = 'ENG' AND ln_id % 3 = 1
    UNION ALL
    SELECT l.*, 3, 'BT-TSTAT', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 6 = 1
    UNION ALL
    SELECT l.*, 1, 'MS-GASKET-VC', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 3 = 2
    UNION ALL
    SELECT l.*, 2, 'BT-SERP-01', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 3 = 2
    UNION ALL
    SELECT l.*, 4, 'MS-ENG-MOUNT', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 10 = 5
    UNION ALL
    SELECT l.*, 5, 'BT-HOSE-UP', 1 FROM l WHERE op_cd = 'ENG' AND ln_id % 8 = 3
    -- inspection: wiper blades now and then
    UNION ALL
    SELECT l.*, 1, 'MS-WIPER-22', 2 FROM l WHERE op_cd = 'INS' AND ln_id % 2 = 0
    -- shop supplies on the dirty jobs
    UNION ALL
    SELECT l.*, 9, 'MS-SHOPSUP', 1 FROM l WHERE op_cd IN ('BRK','SUS','ENG')
)
SELECT row_number() OVER (ORDER BY u.ro_id, u.ln_no, u.seq),
       u.ro_id, u.ln_no, u.part_no, u.qty,
       CASE WHEN u.pay_typ = 'I' THEN 0
            WHEN u.pay_typ = 'W' THEN round(pt.unit_cost * 1.25, 2)
            WHEN u.cust_typ = 'F' THEN round(pt.list_prc * 0.9, 2)
            ELSE pt.list_prc END,
       u.ro_stat = 'W' AND u.seq = 1 OR (pt.unit_cost > 100 AND u.ln_id % 2 = 0)
FROM u JOIN part pt ON pt.part_no = u.part_no;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    ro_id   integer NOT NULL REFERENCES rpr_ord (ro_id),
    pmt_dt  date NOT NULL,
    amt     numeric(10,2) NOT NULL,
    mthd    char(1) NOT NULL
);
COMMENT ON TABLE pmt IS 'Payments received against repair orders';
COMMENT ON COLUMN pmt.amt IS 'amount received, USD; negative = refund';
COMMENT ON COLUMN pmt.mthd IS 'C = credit / debit card, K = cash, H = check, A = charged to fleet account (paid with the monthly statement), W = paid by the warranty company';

INSERT INTO pmt (pmt_id, ro_id, pmt_dt, amt, mthd)
WITH tot AS (
    SELECT r.ro_id, r.ro_stat, r.ro_dt, c.cust_typ,
           (r.cmpl_at AT TIME ZONE 'UTC')::date AS cmpl_d,
           (r.pu_at AT TIME ZONE 'UTC')::date AS pu_d,
           coalesce(lb.cp, 0) + coalesce(pp.cp, 0) AS cp,
           coalesce(lb.wp, 0) + coalesce(pp.wp, 0) AS wp
    FROM rpr_ord r
    JOIN veh v ON v.veh_id = r.veh_id
    JOIN cust c ON c.cust_id = v.cust_id
    LEFT JOIN (SELECT ro_id, sum(hrs * rate) FILTER (WHERE pay_typ = 'C') AS cp,
                             sum(hrs * rate) FILTER (WHERE pay_typ = 'W') AS wp
               FROM lbr_ln GROUP BY ro_id) lb ON lb.ro_id = r.ro_id
    LEFT JOIN (SELECT x.ro_id, sum(x.qty * x.sell_prc) FILTER (WHERE y.pay_typ = 'C') AS cp,
                               sum(x.qty * x.sell_prc) FILTER (WHERE y.pay_typ = 'W') AS wp
               FROM ro_prt x JOIN lbr_ln y ON y.ro_id = x.ro_id AND y.ln_no = x.ln_no
               GROUP BY x.ro_id) pp ON pp.ro_id = r.ro_id
), p AS (
    -- retail customers pay at pick-up
    SELECT ro_id, 1 AS k, pu_d AS pmt_dt,
           CASE WHEN ro_id % 23 = 0 AND cp > 40 THEN cp - 40 ELSE cp END AS amt,       -- a few paid short
           (ARRAY['C','C','K','C','C','H','C','K','C','C'])[1 + (ro_id / 3) % 10] AS mthd
    FROM tot WHERE ro_stat = 'C' AND cust_typ = 'R' AND pu_d IS NOT NULL AND cp > 0 AND ro_id % 9 <> 0
    UNION ALL                                                                         -- split payments
    SELECT ro_id, 1, pu_d, round(cp / 2, 2), 'K'
    FROM tot WHERE ro_stat = 'C' AND cust_typ = 'R' AND pu_d IS NOT NULL AND cp > 0 AND ro_id % 9 = 0
    UNION ALL
    SELECT ro_id, 2, pu_d, cp - round(cp / 2, 2), 'C'
    FROM tot WHERE ro_stat = 'C' AND cust_typ = 'R' AND pu_d IS NOT NULL AND cp > 0 AND ro_id % 9 = 0
    UNION ALL                                                                         -- fleet statements
    SELECT ro_id, 1, (date_trunc('month', pu_d) + interval '1 month 14 days')::date, cp, 'A'
    FROM tot WHERE ro_stat = 'C' AND cust_typ = 'F' AND pu_d IS NOT NULL AND cp > 0
      AND (date_trunc('month', pu_d) + interval '1 month 14 days')::date <= date '2025-11-30'
    UNION ALL                                                                         -- warranty reimbursements
    SELECT ro_id, 3, cmpl_d + 21 + ro_id % 20, wp, 'W'
    FROM tot WHERE ro_stat = 'C' AND wp > 0 AND cmpl_d + 21 + ro_id % 20 <= date '2025-11-30'
    UNION ALL                                                                         -- declined work: diagnosis fee (may be 0)
    SELECT ro_id, 1, pu_d, cp, CASE WHEN cp = 0 THEN 'K' ELSE 'C' END
    FROM tot WHERE ro_stat = 'X'
    UNION ALL                                                                         -- booking deposit ...
    SELECT ro_id, 0, ro_dt - 3, 150.00, 'C'
    FROM tot WHERE ro_stat = 'X' AND ro_id % 2 = 0
    UNION ALL                                                                         -- ... refunded
    SELECT ro_id, 4, pu_d, -150.00, 'C'
    FROM tot WHERE ro_stat = 'X' AND ro_id % 2 = 0
)
SELECT row_number() OVER (ORDER BY pmt_dt, ro_id, k), ro_id, pmt_dt, amt, mthd
FROM p;
