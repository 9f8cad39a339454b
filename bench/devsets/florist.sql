-- Made-up schema: a small florist shop that also does weddings and funerals (growers, stem catalogue,
-- stock deliveries, arrangement recipes, staff, customer orders, delivery runs, event contracts,
-- wastage log). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is the morning of 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS wst;
DROP TABLE IF EXISTS dlv;
DROP TABLE IF EXISTS ord;
DROP TABLE IF EXISTS evt;
DROP TABLE IF EXISTS stk_in;
DROP TABLE IF EXISTS arr;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS stem;
DROP TABLE IF EXISTS grwr;

-- ---------------------------------------------------------------- grwr (growers / suppliers)
CREATE TABLE grwr (
    grwr_id   smallint PRIMARY KEY,
    grwr_nm   text NOT NULL,
    ctry_cd   char(2) NOT NULL,
    lead_dys  smallint NOT NULL,
    ctc_email text,
    is_act    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE grwr IS 'Growers and wholesalers we buy stems from';
COMMENT ON COLUMN grwr.ctry_cd IS 'country the stems ship from: NL = Netherlands, CO = Colombia, EC = Ecuador, KE = Kenya, US = domestic (USA)';
COMMENT ON COLUMN grwr.lead_dys IS 'usual days between placing an order and the box arriving';
COMMENT ON COLUMN grwr.ctc_email IS 'ordering e-mail; NULL = no e-mail, we order by phone / WhatsApp';
COMMENT ON COLUMN grwr.is_act IS 'false = we no longer buy from them';

INSERT INTO grwr (grwr_id, grwr_nm, ctry_cd, lead_dys, ctc_email, is_act) VALUES
    (1,  'Aalsmeer Direct BV',          'NL', 4,  'orders@aalsmeerdirect.example',   true),
    (2,  'Van der Berg Kwekerij',       'NL', 5,  'verkoop@vdberg.example',          true),
    (3,  'Royal Bulb Tulips',           'NL', 5,  NULL,                              true),
    (4,  'Sierra Verde Farms',          'CO', 6,  'sales@sierraverde.example',       true),
    (5,  'Flores de la Sabana',         'CO', 6,  'export@sabana.example',           true),
    (6,  'Andes Rosas S.A.',            'EC', 7,  'ventas@andesrosas.example',       true),
    (7,  'Cotopaxi Blooms',             'EC', 7,  NULL,                              true),
    (8,  'Naivasha Stems Ltd',          'KE', 8,  'orders@naivasha.example',         true),
    (9,  'Rift Valley Roses',           'KE', 8,  'hello@riftroses.example',         true),
    (10, 'Willamette Valley Flower Farm','US', 1, 'farm@willamette.example',         true),
    (11, 'Skagit Bulb Growers',         'US', 2,  NULL,                              true),
    (12, 'Sunny Slope Peonies',         'US', 3,  'peonies@sunnyslope.example',      true),
    (13, 'Coastal Greens Co-op',        'US', 2,  'greens@coastal.example',          true),
    (14, 'Hillside Dahlias',            'US', 2,  NULL,                              true),
    (15, 'Quito Prime Flowers',         'EC', 9,  'info@quitoprime.example',         false);

-- ---------------------------------------------------------------- stem (stem catalogue)
CREATE TABLE stem (
    stem_id  smallint PRIMARY KEY,
    stem_nm  text NOT NULL,
    clr_cd   char(2) NOT NULL,
    grwr_id  smallint NOT NULL REFERENCES grwr (grwr_id),
    cost_st  numeric(6,3) NOT NULL,
    rtl_px   numeric(6,2) NOT NULL,
    vase_d   smallint NOT NULL,
    seas_cd  char(1) NOT NULL,
    is_fol   boolean NOT NULL DEFAULT false,
    bn_sz    smallint NOT NULL
);
COMMENT ON TABLE stem IS 'Every flower / foliage variety we stock';
COMMENT ON COLUMN stem.clr_cd IS 'RD = red, WH = white, PK = pink, YL = yellow, PU = purple, OR = orange, BL = blue, GN = green, MX = mixed colours';
COMMENT ON COLUMN stem.grwr_id IS 'usual grower for this variety';
COMMENT ON COLUMN stem.cost_st IS 'our usual cost per stem, USD';
COMMENT ON COLUMN stem.rtl_px IS 'price of a single stem sold loose over the counter, USD';
COMMENT ON COLUMN stem.vase_d IS 'expected vase life, days';
COMMENT ON COLUMN stem.seas_cd IS 'Y = available all year, P = spring, S = summer, F = fall, W = winter';
COMMENT ON COLUMN stem.is_fol IS 'true = foliage or filler, not a focal flower';
COMMENT ON COLUMN stem.bn_sz IS 'stems per bunch as the growers sell it';

INSERT INTO stem (stem_id, stem_nm, clr_cd, grwr_id, cost_st, rtl_px, vase_d, seas_cd, is_fol, bn_sz) VALUES
    (1,  'Rose Freedom',               'RD', 6,  0.850, 4.50, 10, 'Y', false, 25),
    (2,  'Rose Playa Blanca',          'WH', 7,  0.800, 4.50, 10, 'Y', false, 25),
    (3,  'Rose Pink Floyd',            'PK', 9,  0.700, 4.00, 9,  'Y', false, 25),
    (4,  'Rose Country Blues',         'PU', 6,  0.950, 5.00, 9,  'Y', false, 25),
    (5,  'Spray Rose Majolika',        'OR', 8,  0.650, 3.50, 10, 'Y', false, 10),
    (6,  'Tulip Strong Gold',          'YL', 3,  0.450, 2.50, 6,  'P', false, 10),
    (7,  'Tulip Purple Prince',        'PU', 3,  0.450, 2.50, 6,  'P', false, 10),
    (8,  'Tulip White Dream',          'WH', 11, 0.550, 2.75, 6,  'W', false, 10),
    (9,  'Peony Sarah Bernhardt',      'PK', 12, 2.400, 9.00, 6,  'P', false, 10),
    (10, 'Peony Duchesse de Nemours',  'WH', 12, 2.600, 9.50, 6,  'S', false, 10),
    (11, 'Ranunculus Hanoi',           'WH', 2,  1.100, 5.00, 8,  'P', false, 10),
    (12, 'Ranunculus Pink Picotee',    'PK', 11, 1.000, 4.75, 8,  'P', false, 10),
    (13, 'Hydrangea White',            'WH', 5,  2.200, 8.50, 7,  'Y', false, 5),
    (14, 'Hydrangea Blue',             'BL', 5,  2.500, 9.00, 7,  'S', false, 5),
    (15, 'Lily Stargazer',             'PK', 1,  1.600, 6.50, 11, 'Y', false, 10),
    (16, 'Lily Asiatic Yellow',        'YL', 1,  1.200, 5.00, 10, 'Y', false, 10),
    (17, 'Calla Crystal Blush',        'WH', 1,  1.800, 7.00, 12, 'Y', false, 10),
    (18, 'Carnation Red',              'RD', 4,  0.300, 2.00, 14, 'Y', false, 25),
    (19, 'Carnation White',            'WH', 4,  0.300, 2.00, 14, 'Y', false, 25),
    (20, 'Alstroemeria Mixed',         'MX', 4,  0.400, 2.25, 12, 'Y', false, 10),
    (21, 'Chrysanthemum Disbud White', 'WH', 2,  0.600, 3.00, 14, 'F', false, 10),
    (22, 'Chrysanthemum Spray Yellow', 'YL', 5,  0.500, 2.75, 14, 'F', false, 10),
    (23, 'Gerbera Orange',             'OR', 1,  0.550, 3.00, 8,  'Y', false, 10),
    (24, 'Sunflower Sunrich',          'YL', 10, 0.900, 4.00, 8,  'S', false, 10),
    (25, 'Dahlia Cafe au Lait',        'PK', 10, 2.000, 8.00, 5,  'S', false, 5),
    (26, 'Lisianthus Purple',          'PU', 10, 0.950, 4.25, 12, 'S', false, 10),
    (27, 'Snapdragon White',           'WH', 10, 0.700, 3.25, 8,  'S', false, 10),
    (28, 'Delphinium Blue',            'BL', 2,  1.300, 5.50, 7,  'S', false, 10),
    (29, 'Cymbidium Orchid Green',     'GN', 1,  4.500, 15.00, 21, 'W', false, 5),
    (30, 'Gladiolus Red',              'RD', 10, 0.750, 3.50, 9,  'S', false, 10),
    (31, 'Freesia Yellow',             'YL', 1,  0.700, 3.25, 8,  'P', false, 10),
    (32, 'Stock White',                'WH', 11, 0.800, 3.50, 7,  'P', false, 10),
    (33, 'Sweet Pea Mix',              'MX', 12, 0.900, 3.75, 5,  'P', false, 10),
    (34, 'Anemone Red',                'RD', 2,  1.050, 4.50, 7,  'W', false, 10),
    (35, 'Waxflower Pink',             'PK', 8,  0.400, 2.00, 14, 'W', true,  10),
    (36, 'Gypsophila Million Star',    'WH', 7,  0.600, 2.50, 10, 'Y', true,  10),
    (37, 'Eucalyptus Silver Dollar',   'GN', 13, 0.350, 1.75, 14, 'Y', true,  10),
    (38, 'Italian Ruscus',             'GN', 13, 0.250, 1.25, 21, 'Y', true,  10),
    (39, 'Leatherleaf Fern',           'GN', 13, 0.150, 1.00, 18, 'Y', true,  25),
    (40, 'Salal',                      'GN', 13, 0.200, 1.00, 18, 'Y', true,  25);

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    emp_id  smallint PRIMARY KEY,
    emp_nm  text NOT NULL,
    role_cd char(2) NOT NULL,
    hire_dt date NOT NULL,
    term_dt date,
    hr_rt   numeric(5,2) NOT NULL,
    is_pt   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE staff IS 'Everyone who works or has worked in the shop';
COMMENT ON COLUMN staff.role_cd IS 'MG = manager / owner, FL = florist (designer), CS = counter and phone sales, DR = delivery driver';
COMMENT ON COLUMN staff.term_dt IS 'last day worked; NULL = still employed';
COMMENT ON COLUMN staff.hr_rt IS 'hourly wage, USD';
COMMENT ON COLUMN staff.is_pt IS 'true = part-time';

INSERT INTO staff (emp_id, emp_nm, role_cd, hire_dt, term_dt, hr_rt, is_pt) VALUES
    (1,  'Margaret Ellis',   'MG', '2012-03-01', NULL,         38.00, false),
    (2,  'Dana Whitfield',   'FL', '2016-05-09', NULL,         26.50, false),
    (3,  'Priya Raman',      'FL', '2019-02-18', NULL,         24.00, false),
    (4,  'Tomás Ortega',     'FL', '2021-09-06', '2025-08-29', 22.50, false),
    (5,  'Hannah Cho',       'FL', '2024-03-11', NULL,         21.00, true),
    (6,  'Grace Okafor',     'CS', '2020-11-02', NULL,         18.50, false),
    (7,  'Luke Brennan',     'CS', '2023-01-16', '2024-12-20', 17.75, true),
    (8,  'Sofia Marchetti',  'CS', '2025-01-06', NULL,         18.00, true),
    (9,  'Ray Dubois',       'DR', '2018-04-03', NULL,         20.00, false),
    (10, 'Kevin Mwangi',     'DR', '2022-07-11', '2025-06-30', 19.00, false),
    (11, 'Jess Alvarez',     'DR', '2025-06-02', NULL,         19.50, false),
    (12, 'Owen Pike',        'DR', '2026-11-23', NULL,         19.00, true),
    (13, 'Marco Silva',      'DR', '2024-02-05', '2024-02-23', 18.50, true),
    (14, 'Ingrid Larsen',    'FL', '2025-10-01', NULL,         23.00, false),
    (15, 'Bea Novak',        'CS', '2026-03-02', NULL,         17.50, true),
    (16, 'Sam Porter',       'FL', '2017-08-14', '2024-04-30', 24.50, false);

-- ---------------------------------------------------------------- arr (arrangements = recipes)
CREATE TABLE arr (
    arr_id    smallint PRIMARY KEY,
    arr_nm    text NOT NULL,
    arr_typ   char(2) NOT NULL,
    focal_id  smallint NOT NULL REFERENCES stem (stem_id),
    n_focal   smallint NOT NULL,
    n_tot     smallint NOT NULL,
    lbr_min   smallint NOT NULL,
    list_px   numeric(8,2) NOT NULL,
    is_act    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE arr IS 'Arrangement catalogue: each row is a recipe the florists make to order';
COMMENT ON COLUMN arr.arr_typ IS 'HB = hand-tied bouquet, VS = vase arrangement, CP = centrepiece / table piece, WR = wreath, SP = casket or standing spray, BB = bridal bouquet, BT = buttonhole / corsage';
COMMENT ON COLUMN arr.focal_id IS 'main (focal) flower of the recipe';
COMMENT ON COLUMN arr.n_focal IS 'stems of the focal flower in one arrangement';
COMMENT ON COLUMN arr.n_tot IS 'total stems in one arrangement, foliage included';
COMMENT ON COLUMN arr.lbr_min IS 'design time, minutes';
COMMENT ON COLUMN arr.list_px IS 'menu price, USD';
COMMENT ON COLUMN arr.is_act IS 'false = taken off the menu';

INSERT INTO arr (arr_id, arr_nm, arr_typ, focal_id, n_focal, n_tot, lbr_min, list_px, is_act) VALUES
    (1,  'Classic Dozen Red Roses',   'VS', 1,  12, 18, 20,  89.00,  true),
    (2,  'Blush Garden Hand-tied',    'HB', 3,  7,  20, 25,  65.00,  true),
    (3,  'Sunshine Bouquet',          'HB', 24, 5,  15, 15,  49.00,  true),
    (4,  'Tulip Market Bunch',        'HB', 6,  15, 18, 10,  39.00,  true),
    (5,  'Peony Luxe Vase',           'VS', 9,  10, 16, 25,  125.00, true),
    (6,  'Wildflower Jar',            'VS', 20, 6,  22, 20,  45.00,  true),
    (7,  'White Elegance',            'VS', 2,  10, 24, 30,  95.00,  true),
    (8,  'Lily and Rose Medley',      'HB', 15, 3,  17, 20,  69.00,  true),
    (9,  'Birthday Brights',          'HB', 23, 7,  21, 20,  55.00,  true),
    (10, 'Get Well Posy',             'HB', 16, 5,  14, 15,  42.00,  true),
    (11, 'New Baby Pastels',          'VS', 12, 8,  20, 25,  59.00,  true),
    (12, 'Orchid Desk Piece',         'CP', 29, 1,  6,  15,  75.00,  true),
    (13, 'Seasonal Centrepiece',      'CP', 11, 8,  25, 35,  85.00,  true),
    (14, 'Grand Lobby Arrangement',   'CP', 17, 10, 45, 60,  220.00, true),
    (15, 'Sympathy Wreath 18in',      'WR', 19, 40, 70, 75,  175.00, true),
    (16, 'Heart Tribute',             'WR', 18, 60, 90, 90,  260.00, true),
    (17, 'Casket Spray Full',         'SP', 2,  36, 80, 120, 395.00, true),
    (18, 'Standing Spray',            'SP', 21, 20, 55, 70,  225.00, true),
    (19, 'Peaceful Lily Basket',      'VS', 15, 5,  24, 35,  110.00, true),
    (20, 'Sympathy Posy',             'HB', 21, 7,  16, 20,  55.00,  true),
    (21, 'Prom Wrist Corsage',        'BT', 5,  3,  6,  15,  35.00,  true),
    (22, 'Rose Buttonhole',           'BT', 1,  1,  3,  10,  12.00,  true),
    (23, 'Bridal Bouquet Classic',    'BB', 2,  15, 30, 60,  185.00, true),
    (24, 'Bridesmaid Posy',           'BB', 12, 8,  15, 30,  75.00,  true),
    (25, 'Valentine Dozen Deluxe',    'VS', 4,  12, 22, 25,  110.00, false),
    (26, 'Autumn Harvest Basket',     'CP', 22, 8,  26, 35,  79.00,  true),
    (27, 'Garden Party Trio',         'CP', 26, 9,  30, 45,  140.00, false),
    (28, 'Winter Whites',             'VS', 32, 8,  20, 25,  72.00,  true),
    (29, 'Dahlia Dream Bouquet',      'HB', 25, 6,  18, 25,  68.00,  true),
    (30, 'Cascade Bridal',            'BB', 17, 10, 28, 90,  245.00, false);

-- ---------------------------------------------------------------- stk_in (stock deliveries from growers)
CREATE TABLE stk_in (
    rcv_id     integer PRIMARY KEY,
    grwr_id    smallint NOT NULL REFERENCES grwr (grwr_id),
    stem_id    smallint NOT NULL REFERENCES stem (stem_id),
    rcv_dt     date NOT NULL,
    n_bn       smallint NOT NULL,
    st_bn      smallint NOT NULL,
    cost_bn    numeric(7,2) NOT NULL,
    qc_cd      char(1) NOT NULL,
    inv_pd_dt  date
);
COMMENT ON TABLE stk_in IS 'Stock received from growers, one row per variety per box delivery';
COMMENT ON COLUMN stk_in.rcv_dt IS 'date the box arrived at the shop';
COMMENT ON COLUMN stk_in.n_bn IS 'number of bunches received';
COMMENT ON COLUMN stk_in.st_bn IS 'stems per bunch';
COMMENT ON COLUMN stk_in.cost_bn IS 'invoiced cost per bunch, USD';
COMMENT ON COLUMN stk_in.qc_cd IS 'quality check on arrival: A = all accepted, P = partly rejected (some bunches credited), R = whole line rejected and sent back';
COMMENT ON COLUMN stk_in.inv_pd_dt IS 'date the grower''s invoice for this line was settled (paid, or credited if rejected); NULL = not paid yet, we still owe it';

INSERT INTO stk_in (rcv_id, grwr_id, stem_id, rcv_dt, n_bn, st_bn, cost_bn, qc_cd, inv_pd_dt)
WITH b AS (
    SELECT g,
           (1 + ((g * 2741) % 1051) % 40)::smallint AS stem_id,
           date '2024-01-02' + ((g - 1) * 1063) / 1800 AS rcv_dt,
           CASE WHEN g % 23 = 0 THEN 'R' WHEN g % 9 = 0 THEN 'P' ELSE 'A' END AS qc_cd
    FROM generate_series(1, 1800) AS g
)
SELECT b.g,
       CASE WHEN b.g % 7 = 0 THEN 1 ELSE s.grwr_id END,
       b.stem_id, b.rcv_dt,
       1 + ((b.g * 389) % 997) % 8,
       s.bn_sz,
       round(s.bn_sz * s.cost_st * (0.90 + ((b.g * 131) % 1009) % 5 * 0.05), 2),
       b.qc_cd,
       CASE WHEN b.rcv_dt >= date '2026-10-20' AND b.g % 4 <> 0 THEN NULL   -- recent invoices still open
            WHEN b.g % 61 = 0 THEN NULL                                     -- disputed, never settled
            WHEN b.rcv_dt + 30 + b.g % 15 > date '2026-11-29' THEN NULL
            ELSE b.rcv_dt + 30 + b.g % 15 END
FROM b JOIN stem s ON s.stem_id = b.stem_id;

-- ---------------------------------------------------------------- evt (wedding / event contracts)
CREATE TABLE evt (
    ctr_id     integer PRIMARY KEY,
    evt_typ    char(1) NOT NULL,
    client_nm  text NOT NULL,
    evt_dt     date NOT NULL,
    venue      text,
    guests     smallint,
    ctr_amt    numeric(9,2) NOT NULL,
    dep_amt    numeric(9,2) NOT NULL,
    signed_dt  date,
    dep_pd_dt  date,
    bal_pd_dt  date,
    ctr_stat   char(1) NOT NULL,
    lead_emp   smallint NOT NULL REFERENCES staff (emp_id)
);
COMMENT ON TABLE evt IS 'Contracts for weddings, funerals and other events (one per event)';
COMMENT ON COLUMN evt.evt_typ IS 'W = wedding, F = funeral / memorial service, C = corporate event, O = other private party';
COMMENT ON COLUMN evt.guests IS 'expected guests; NULL = not known';
COMMENT ON COLUMN evt.ctr_amt IS 'contract total, USD';
COMMENT ON COLUMN evt.dep_amt IS 'deposit asked for at signing, USD (part of the contract total)';
COMMENT ON COLUMN evt.signed_dt IS 'date the client signed; NULL = still a quote';
COMMENT ON COLUMN evt.dep_pd_dt IS 'date the deposit came in; NULL = deposit not received yet';
COMMENT ON COLUMN evt.bal_pd_dt IS 'date the remaining balance was paid; NULL = balance still outstanding';
COMMENT ON COLUMN evt.ctr_stat IS 'Q = quoted, not signed yet; S = signed / booked; D = done (event delivered); X = cancelled';
COMMENT ON COLUMN evt.lead_emp IS 'florist in charge of the event';

INSERT INTO evt (ctr_id, evt_typ, client_nm, evt_dt, venue, guests, ctr_amt, dep_amt, signed_dt, dep_pd_dt, bal_pd_dt, ctr_stat, lead_emp)
WITH b AS (
    SELECT g,
           CASE WHEN ((g * 547) % 1013) % 10 < 5 THEN 'W'
                WHEN ((g * 547) % 1013) % 10 < 8 THEN 'F'
                WHEN ((g * 547) % 1013) % 10 = 8 THEN 'C' ELSE 'O' END AS typ,
           date '2024-01-10' + ((g - 1) * 1260) / 220 AS evt_dt
    FROM generate_series(1, 220) AS g
), s AS (
    SELECT b.*,
           CASE WHEN evt_dt < date '2026-11-30' THEN CASE WHEN g % 13 = 0 THEN 'X' ELSE 'D' END
                WHEN g % 4 = 0 THEN 'Q'
                WHEN g % 17 = 0 THEN 'X'
                ELSE 'S' END AS stat,
           CASE typ WHEN 'W' THEN 2500 + (g * 137) % 6000
                    WHEN 'F' THEN 400 + (g * 53) % 1200
                    WHEN 'C' THEN 800 + (g * 71) % 3000
                    ELSE 300 + (g * 29) % 900 END::numeric(9,2) AS amt,
           CASE typ WHEN 'W' THEN 120 + (g * 7) % 180
                    WHEN 'F' THEN 2 + g % 3
                    ELSE 20 + g % 40 END AS lead_days
    FROM b
)
SELECT g, typ,
       (ARRAY['Harper','Nguyen','Okonkwo','Schmidt','Delgado','Whitaker','Kowalski','Haddad','Brooks','Lindqvist',
              'Fitzgerald','Moreau','Tanaka','Osei','Romero','Bennett','Achterberg','Castillo','Petrov','Sullivan'])[1 + (g * 7) % 20]
         || CASE typ WHEN 'W' THEN ' wedding' WHEN 'F' THEN ' family' WHEN 'C' THEN ' & Co' ELSE ' party' END,
       evt_dt,
       CASE WHEN g % 11 = 0 THEN NULL
            ELSE (ARRAY['St. Mary''s Church','Riverside Barn','The Grand Hotel','Lakeview Golf Club','Hillcrest Funeral Home',
                        'Oakwood Chapel','City Art Museum','Rose Garden Pavilion','Harbor Yacht Club','Private residence'])[1 + (g * 3) % 10] END,
       CASE WHEN typ = 'F' THEN NULL WHEN g % 9 = 0 THEN NULL
            WHEN typ = 'W' THEN 60 + (g * 17) % 180 ELSE 15 + (g * 11) % 120 END,
       amt,
       round(amt * CASE typ WHEN 'W' THEN 0.30 WHEN 'F' THEN 0.50 WHEN 'C' THEN 0.25 ELSE 0.40 END, 2),
       CASE WHEN stat = 'Q' THEN NULL ELSE evt_dt - lead_days END,
       CASE WHEN stat = 'Q' THEN NULL
            WHEN stat = 'S' AND g % 3 = 0 THEN NULL
            WHEN stat = 'X' AND g % 2 = 0 THEN NULL
            WHEN stat = 'D' AND typ = 'F' AND g % 7 = 0 THEN NULL
            WHEN evt_dt - lead_days + 4 + g % 10 > date '2026-11-29' THEN NULL
            ELSE evt_dt - lead_days + 4 + g % 10 END,
       CASE WHEN stat <> 'D' THEN NULL
            WHEN g % 9 = 0 THEN NULL
            WHEN evt_dt + 5 + g % 20 > date '2026-11-29' THEN NULL
            ELSE evt_dt + 5 + g % 20 END,
       stat,
       CASE WHEN g % 4 = 0 THEN 1
            WHEN g % 4 = 1 THEN 2
            WHEN g % 4 = 2 AND evt_dt <= date '2025-08-29' THEN 4
            ELSE 3 END
FROM s;

-- ---------------------------------------------------------------- ord (customer orders)
CREATE TABLE ord (
    ord_id    integer PRIMARY KEY,
    ord_ts    timestamptz NOT NULL,
    chnl      char(1) NOT NULL,
    cust_nm   text,
    cust_ph   varchar(20),
    arr_id    smallint REFERENCES arr (arr_id),
    qty       smallint NOT NULL DEFAULT 1,
    tot_amt   numeric(9,2) NOT NULL,
    is_dlv    boolean NOT NULL,
    dlv_fee   numeric(6,2) NOT NULL DEFAULT 0,
    need_dt   date NOT NULL,
    occ_cd    smallint NOT NULL DEFAULT 0,
    stat      char(1) NOT NULL,
    taken_by  smallint REFERENCES staff (emp_id),
    pd_flg    boolean NOT NULL
);
COMMENT ON TABLE ord IS 'Customer orders taken in the shop, by phone or on the website';
COMMENT ON COLUMN ord.ord_ts IS 'when the order was taken';
COMMENT ON COLUMN ord.chnl IS 'W = walk-in (counter), P = phone, I = internet (web shop)';
COMMENT ON COLUMN ord.cust_nm IS 'customer name; NULL = anonymous walk-in';
COMMENT ON COLUMN ord.cust_ph IS 'customer phone, used to recognise repeat customers; NULL = not given';
COMMENT ON COLUMN ord.arr_id IS 'catalogue arrangement ordered; NULL = custom design, not from the catalogue';
COMMENT ON COLUMN ord.qty IS 'number of arrangements (pieces)';
COMMENT ON COLUMN ord.tot_amt IS 'total charged, USD, delivery fee included';
COMMENT ON COLUMN ord.is_dlv IS 'true = we deliver it; false = customer collects it in the shop';
COMMENT ON COLUMN ord.dlv_fee IS 'delivery fee charged, USD (0 for collection, and for free-delivery promotions)';
COMMENT ON COLUMN ord.need_dt IS 'date the flowers are wanted (delivery or collection day)';
COMMENT ON COLUMN ord.occ_cd IS 'occasion: 0 = not given, 1 = birthday, 2 = anniversary / romance, 3 = sympathy / funeral, 4 = get well, 5 = thank you / just because, 6 = new baby, 7 = holiday (Valentine''s, Mother''s Day, Christmas)';
COMMENT ON COLUMN ord.stat IS 'N = new, not made yet; M = made, waiting; C = completed (collected or delivered); X = cancelled; R = refunded after completion';
COMMENT ON COLUMN ord.taken_by IS 'staff member who took the order; NULL = web order';
COMMENT ON COLUMN ord.pd_flg IS 'false = not paid yet (house accounts are invoiced monthly)';

INSERT INTO ord (ord_id, ord_ts, chnl, cust_nm, cust_ph, arr_id, qty, tot_amt, is_dlv, dlv_fee, need_dt, occ_cd, stat, taken_by, pd_flg)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-01 00:00:00+00' + ((g - 1) * 1064 / 3000) * interval '1 day'
             + (8 + (g * 7) % 11) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute' AS ts,
           CASE WHEN ((g * 7919) % 1009) % 10 < 4 THEN 'W'
                WHEN ((g * 7919) % 1009) % 10 < 7 THEN 'P' ELSE 'I' END AS chnl,
           ((g * 6007) % 997) % 20 AS r2,
           (g * 3571) % 1019 AS r5,
           (g * 2287) % 1021 AS r6,
           (g * 5113) % 1031 AS r7,
           CASE WHEN g % 5 = 0 THEN floor(sqrt(((g * 4001) % 1013)::float8))::int
                ELSE 100 + (g * 37) % 1499 END AS cidx
    FROM generate_series(1, 3000) AS g
), c AS (
    SELECT b.*,
           CASE WHEN r2 < 4 THEN 1 WHEN r2 < 7 THEN 2 WHEN r2 < 10 THEN 3 WHEN r2 < 12 THEN 4
                WHEN r2 < 15 THEN 5 WHEN r2 = 15 THEN 6 WHEN r2 < 18 THEN 7 ELSE 0 END AS occ,
           chnl = 'W' AND r7 % 3 = 0 AS anon,
           CASE WHEN r7 % 10 < 6 THEN 12.00 WHEN r7 % 10 < 9 THEN 18.00 ELSE 30.00 END AS zone_fee
    FROM b
), d AS (
    SELECT c.*,
           CASE WHEN r5 % 9 = 0 THEN NULL
                WHEN occ = 3 THEN 15 + floor(sqrt((((g * g * 3 + g * 11) % 997) % 36)::float8))::int
                ELSE (ARRAY[14,12,21,11,26,24,23,10,13,22,6,7,25,5,4,8,3,9,2,1])[1 + floor(sqrt((r5 % 400)::float8))::int] END AS arr0,
           occ = 3 OR (chnl = 'W' AND r7 % 6 = 0) OR (chnl = 'P' AND r7 % 4 <> 0) OR (chnl = 'I' AND r7 % 5 <> 0) AS dlv,
           CASE WHEN r6 % 13 = 0 THEN 2 WHEN r6 % 47 = 0 THEN 3 ELSE 1 END AS qty,
           (ts AT TIME ZONE 'UTC')::date + r2 % 4 + CASE WHEN chnl <> 'W' AND g % 4 = 0 THEN 5 ELSE 0 END AS need_dt
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN arr0 = 25 AND ts >= timestamptz '2025-03-01 00:00:00+00' THEN 1 ELSE arr0 END AS arr_id,
           CASE WHEN NOT dlv THEN 0 WHEN r6 % 17 = 0 THEN 0 ELSE zone_fee END AS fee,
           CASE WHEN need_dt >= date '2026-11-30' THEN CASE WHEN need_dt > date '2026-12-01' OR g % 2 = 0 THEN 'N' ELSE 'M' END
                WHEN (g * g * 7 + g * 131) % 1013 % 41 = 0 THEN 'X'
                WHEN (g * g * 5 + g * 89) % 1019 % 53 = 0 THEN 'R'
                ELSE 'C' END AS stat
    FROM d
)
SELECT e.g, e.ts, e.chnl,
       CASE WHEN e.anon THEN NULL
            ELSE (ARRAY['Emily','James','Olivia','Michael','Ava','David','Sophia','Daniel','Chloe','Robert','Grace','William',
                        'Lucía','Thomas','Amara','Henry','Zoe','Samuel','Mei','Patrick','Nadia','George','Ingrid','Omar'])[1 + e.cidx % 24]
                 || ' ' ||
                 (ARRAY['Walker','Reyes','Fischer','Murphy','Adeyemi','Clarke','Novak','Bianchi','Hughes','Park','Quinn','Ramos',
                        'Schultz','Turner','Wright','Young','Zhang','Baker','Collins','Dunn','Evans','Foster','Gallagher','Hale',
                        'Ivers','Jensen','Kaur','Lambert','Mendes'])[1 + (e.cidx * 7) % 29] END,
       CASE WHEN e.anon THEN NULL ELSE '503-555-' || lpad((1000 + e.cidx * 3)::text, 4, '0') END,
       e.arr_id, e.qty,
       round(e.qty * coalesce(a.list_px, 45 + (e.r5 % 12) * 10) * CASE WHEN e.r6 % 19 = 0 THEN 0.9 ELSE 1 END, 2) + e.fee,
       e.dlv, e.fee, e.need_dt, e.occ, e.stat,
       CASE WHEN e.chnl = 'I' THEN NULL
            WHEN e.g % 5 = 0 AND e.ts < timestamptz '2024-12-21 00:00:00+00' THEN 7
            WHEN e.g % 5 = 0 AND e.ts >= timestamptz '2025-01-06 00:00:00+00' THEN 8
            WHEN e.g % 7 = 0 AND e.ts >= timestamptz '2026-03-02 00:00:00+00' THEN 15
            ELSE (ARRAY[6,6,1,2,3,6])[1 + e.g % 6] END,
       NOT ((e.chnl = 'P' AND e.r6 % 8 = 0) OR (e.stat IN ('N','M') AND e.chnl = 'P') OR e.stat = 'X')
FROM e LEFT JOIN arr a ON a.arr_id = e.arr_id;

-- ---------------------------------------------------------------- dlv (delivery attempts)
CREATE TABLE dlv (
    dlv_id   integer PRIMARY KEY,
    ord_id   integer NOT NULL,
    att_n    smallint NOT NULL,
    drv_id   smallint NOT NULL REFERENCES staff (emp_id),
    sched_dt date NOT NULL,
    out_ts   timestamptz,
    dlv_ts   timestamptz,
    res_cd   char(1) NOT NULL,
    zone     smallint NOT NULL,
    km       numeric(5,1)
);
COMMENT ON TABLE dlv IS 'Delivery runs: one row per attempt to deliver an order';
COMMENT ON COLUMN dlv.ord_id IS 'the order (ord.ord_id); no foreign key - the drivers'' app writes it and it is not enforced';
COMMENT ON COLUMN dlv.att_n IS 'attempt number for the order: 1 = first try, 2 = re-delivery';
COMMENT ON COLUMN dlv.drv_id IS 'driver (staff.emp_id)';
COMMENT ON COLUMN dlv.out_ts IS 'when the van left the shop; NULL = not gone out yet';
COMMENT ON COLUMN dlv.dlv_ts IS 'when the flowers were handed over; NULL = not delivered (pending, or nobody was in)';
COMMENT ON COLUMN dlv.res_cd IS 'D = delivered to the recipient, L = left with a neighbour / reception, F = failed, nobody in (flowers brought back), P = pending, not attempted yet';
COMMENT ON COLUMN dlv.zone IS '1 = in town, 2 = suburbs, 3 = out of area';
COMMENT ON COLUMN dlv.km IS 'round-trip distance driven for this drop, km; NULL until driven';

INSERT INTO dlv (dlv_id, ord_id, att_n, drv_id, sched_dt, out_ts, dlv_ts, res_cd, zone, km)
WITH a AS (
    SELECT o.ord_id, 1 AS att_n, o.need_dt AS sched_dt,
           CASE WHEN o.need_dt >= date '2026-11-30' THEN 'P'
                WHEN o.ord_id % 11 = 0 THEN 'F'
                WHEN o.ord_id % 7 = 0 THEN 'L'
                ELSE 'D' END AS res,
           CASE WHEN (o.ord_id * 5113) % 1031 % 10 < 6 THEN 1 WHEN (o.ord_id * 5113) % 1031 % 10 < 9 THEN 2 ELSE 3 END AS zone
    FROM ord o
    WHERE o.is_dlv AND o.stat <> 'X'
    UNION ALL
    SELECT o.ord_id, 2, o.need_dt + 1,
           CASE WHEN o.need_dt + 1 >= date '2026-11-30' THEN 'P'
                WHEN o.ord_id % 121 = 0 THEN 'F'
                WHEN o.ord_id % 2 = 0 THEN 'L'
                ELSE 'D' END,
           CASE WHEN (o.ord_id * 5113) % 1031 % 10 < 6 THEN 1 WHEN (o.ord_id * 5113) % 1031 % 10 < 9 THEN 2 ELSE 3 END
    FROM ord o
    WHERE o.is_dlv AND o.stat <> 'X' AND o.ord_id % 11 = 0 AND o.need_dt < date '2026-11-30'
), n AS (
    SELECT a.*, row_number() OVER (ORDER BY sched_dt, ord_id, att_n) AS rn,
           timestamptz '2000-01-01 00:00:00+00' + (sched_dt - date '2000-01-01') * interval '1 day'
             + interval '9 hours' + ((ord_id + att_n) % 6) * interval '45 minutes' AS out0
    FROM a
)
SELECT rn, ord_id, att_n,
       CASE WHEN sched_dt < date '2025-06-16' THEN CASE WHEN ord_id % 3 = 0 THEN 10 ELSE 9 END
            ELSE CASE WHEN ord_id % 5 < 2 THEN 11 ELSE 9 END END,
       sched_dt,
       CASE WHEN res = 'P' THEN NULL ELSE out0 END,
       CASE WHEN res IN ('D','L') THEN out0 + (15 + (ord_id * 7) % 70) * interval '1 minute' END,
       res, zone,
       CASE WHEN res = 'P' THEN NULL
            WHEN zone = 1 THEN 3 + ((ord_id * 13) % 90) / 10.0
            WHEN zone = 2 THEN 12 + ((ord_id * 17) % 180) / 10.0
            ELSE 30 + ((ord_id * 19) % 400) / 10.0 END
FROM n;

-- ---------------------------------------------------------------- wst (wastage: stems binned)
CREATE TABLE wst (
    wst_id   integer PRIMARY KEY,
    wst_dt   date NOT NULL,
    stem_id  smallint NOT NULL REFERENCES stem (stem_id),
    n_st     smallint NOT NULL,
    rsn_cd   smallint NOT NULL,
    ctr_id   integer REFERENCES evt (ctr_id),
    by_emp   smallint NOT NULL REFERENCES staff (emp_id)
);
COMMENT ON TABLE wst IS 'Wastage log: stems thrown in the bin';
COMMENT ON COLUMN wst.n_st IS 'number of stems binned';
COMMENT ON COLUMN wst.rsn_cd IS '1 = aged out in the cooler, 2 = arrived damaged from the grower, 3 = broken while handling / designing, 4 = left over after an event, 5 = disease or mould';
COMMENT ON COLUMN wst.ctr_id IS 'event the leftovers came from (reason 4 only); NULL otherwise';
COMMENT ON COLUMN wst.by_emp IS 'who logged it';

INSERT INTO wst (wst_id, wst_dt, stem_id, n_st, rsn_cd, ctr_id, by_emp)
WITH b AS (
    SELECT g,
           date '2024-01-03' + ((g - 1) * 1061) / 1400 AS wst_dt,
           1 + ((g * 2741 + 17) % 1049) % 40 AS stem_id,
           CASE WHEN ((g * 3323) % 1087) % 10 < 4 THEN 1
                WHEN ((g * 3323) % 1087) % 10 < 6 THEN 2
                WHEN ((g * 3323) % 1087) % 10 < 8 THEN 3
                WHEN ((g * 3323) % 1087) % 10 = 8 THEN 4 ELSE 5 END AS rsn
    FROM generate_series(1, 1400) AS g
)
SELECT g, wst_dt, stem_id,
       2 + ((g * 1871) % 1063) % 19 + CASE WHEN stem_id <= 4 THEN 6 WHEN stem_id IN (9, 10, 25, 33) THEN 3 ELSE 0 END,
       rsn,
       CASE WHEN rsn = 4 THEN coalesce((SELECT max(e.ctr_id) FROM evt e WHERE e.evt_dt <= b.wst_dt AND e.ctr_stat = 'D'), 1) END,
       CASE WHEN g % 5 = 0 AND wst_dt < date '2024-04-30' THEN 16
            WHEN g % 5 = 0 AND wst_dt <= date '2025-08-29' THEN 4
            WHEN g % 6 = 0 AND wst_dt >= date '2024-03-11' THEN 5
            WHEN g % 7 = 0 AND wst_dt >= date '2025-10-01' THEN 14
            ELSE (ARRAY[2, 3, 3, 1])[1 + g % 4] END
FROM b;
