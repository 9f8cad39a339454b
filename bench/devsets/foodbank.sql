-- Made-up schema: a regional food bank (partner agencies, donors, item catalog, food drives,
-- donation receipts and their lines, orders shipped to agencies and their lines, volunteers and
-- their shifts). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS vol_shift;
DROP TABLE IF EXISTS volunteer;
DROP TABLE IF EXISTS dist_line;
DROP TABLE IF EXISTS dist_ord;
DROP TABLE IF EXISTS don_line;
DROP TABLE IF EXISTS don_rcpt;
DROP TABLE IF EXISTS food_drive;
DROP TABLE IF EXISTS item;
DROP TABLE IF EXISTS donor;
DROP TABLE IF EXISTS agency;

-- ---------------------------------------------------------------- agency (partner agencies)
CREATE TABLE agency (
    agcy_id      integer PRIMARY KEY,
    agcy_nm      text NOT NULL,
    agcy_typ     char(2) NOT NULL,
    county       text NOT NULL,
    active_flg   boolean NOT NULL DEFAULT true,
    joined_on    date NOT NULL,
    hh_served_mo integer
);
COMMENT ON TABLE agency IS 'Partner agencies (pantries, shelters, ...) that order food from the food bank and hand it out';
COMMENT ON COLUMN agency.agcy_typ IS 'CH = church pantry, SC = school pantry, SH = shelter, CM = community center, MB = mobile pantry';
COMMENT ON COLUMN agency.active_flg IS 'false = partnership suspended or ended';
COMMENT ON COLUMN agency.hh_served_mo IS 'households served per month, self-reported; NULL = not reported';

INSERT INTO agency (agcy_id, agcy_nm, agcy_typ, county, active_flg, joined_on, hh_served_mo)
SELECT g,
       (ARRAY['St. Mark','Grace','Hillside','Riverview','Eastside','Cedar Mill','Lents','Gresham','Beaverton','Oak Grove',
              'Milwaukie','Vancouver Heights','Hazel Dell','Tigard','Sellwood','Cully','Parkrose','Tualatin','Canby','Orchards'])[1 + (g - 1) % 20]
       || ' ' ||
       (CASE t WHEN 'CH' THEN 'Church Pantry' WHEN 'SC' THEN 'School Pantry' WHEN 'SH' THEN 'Shelter'
               WHEN 'CM' THEN 'Community Center' ELSE 'Mobile Pantry' END)
       || CASE WHEN g > 20 THEN ' II' ELSE '' END,
       t,
       (ARRAY['Multnomah','Washington','Clackamas','Clark'])[1 + (g * 3) % 4],
       g % 13 <> 0,
       CASE WHEN g >= 38 THEN date '2025-09-01' + (g - 38) * 20 ELSE date '2012-02-01' + (g * 151) % 4200 END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE 40 + (g * 37) % 400 END
FROM (SELECT g, (ARRAY['CH','CH','SC','SH','CM','MB','CH','SC'])[1 + g % 8] AS t FROM generate_series(1, 40) AS g) a;

-- ---------------------------------------------------------------- donor
CREATE TABLE donor (
    donor_id  integer PRIMARY KEY,
    donor_nm  text NOT NULL,
    donor_typ char(1) NOT NULL,
    city      text,
    is_anon   boolean NOT NULL DEFAULT false,
    added_on  date NOT NULL
);
COMMENT ON COLUMN donor.donor_typ IS 'I = individual, R = grocery retailer, F = farm, M = food manufacturer, G = government program, C = community / church group';
COMMENT ON COLUMN donor.is_anon IS 'true = wishes to stay anonymous in public reports';

INSERT INTO donor (donor_id, donor_nm, donor_typ, city, is_anon, added_on)
SELECT g,
       CASE t
            WHEN 'I' THEN (ARRAY['Alice','Brian','Chen','Dolores','Evan','Fiona','George','Hiro','Ines','Jamal'])[1 + g % 10]
                          || ' ' || (ARRAY['Moreau','Baxter','Liu','Ramos','Fischer','O''Neil','Sato','Varga','Abbott','Keane','Pruitt'])[1 + (g * 3) % 11]
            WHEN 'R' THEN (ARRAY['FreshWay Market','Safeland Grocery','New Leaf Foods','Valley Fare','QuickStop'])[1 + g % 5] || ' #' || g
            WHEN 'F' THEN (ARRAY['Sauvie Island','Hood River','Willamette','Tualatin Valley','Boring'])[1 + g % 5] || ' Farm ' || g
            WHEN 'M' THEN (ARRAY['Columbia Canning Co','Pacific Pasta','Rose Bakery Supply','Northwest Dairy Coop','Cascade Cereal'])[1 + g % 5]
            WHEN 'G' THEN (ARRAY['USDA TEFAP','State Emergency Food Program','County Harvest Share'])[1 + g % 3] || ' (' || g || ')'
            ELSE (ARRAY['Rotary Club','Scout Troop','Lutheran Church','Tech Workers Union','Neighborhood Assoc.'])[1 + g % 5] || ' ' || g
       END,
       t,
       CASE WHEN g % 17 = 0 THEN NULL ELSE (ARRAY['Portland','Beaverton','Gresham','Vancouver','Hillsboro','Lake Oswego'])[1 + (g * 5) % 6] END,
       t = 'I' AND g % 4 = 0,
       date '2019-05-01' + (g * 53) % 2300
FROM (
    SELECT g,
           CASE WHEN g % 30 = 0 THEN 'G'
                WHEN g % 10 = 1 THEN 'R'
                WHEN g % 10 = 4 THEN 'F'
                WHEN g % 10 = 7 THEN 'M'
                WHEN g % 10 IN (2, 9) THEN 'C'
                ELSE 'I' END AS t
    FROM generate_series(1, 150) AS g
) d;

-- ---------------------------------------------------------------- item (catalog)
CREATE TABLE item (
    item_id    integer PRIMARY KEY,
    item_desc  text NOT NULL,
    cat_cd     char(3) NOT NULL,
    unit_wt_lb numeric(6,2) NOT NULL,
    perishable boolean NOT NULL,
    val_per_lb numeric(5,2) NOT NULL
);
COMMENT ON TABLE item IS 'Catalog of products the food bank handles';
COMMENT ON COLUMN item.cat_cd IS 'PRO = protein (meat, fish, eggs, beans), PRD = fresh produce, DRY = dry goods and canned food, DAI = dairy, BAB = baby food and formula, HYG = hygiene products (non-food)';
COMMENT ON COLUMN item.unit_wt_lb IS 'weight of one unit (case, bag, box), lb';
COMMENT ON COLUMN item.val_per_lb IS 'fair market value per pound, USD, used for donor reports';

INSERT INTO item (item_id, item_desc, cat_cd, unit_wt_lb, perishable, val_per_lb) VALUES
    (1,  'Canned tuna, case of 24',         'PRO', 9.00,  false, 4.10),
    (2,  'Frozen chicken thighs, 10 lb',    'PRO', 10.00, true,  2.60),
    (3,  'Dry pinto beans, 25 lb bag',      'PRO', 25.00, false, 1.20),
    (4,  'Peanut butter, case of 12',       'PRO', 18.00, false, 2.90),
    (5,  'Eggs, 15 dozen',                  'PRO', 22.00, true,  2.10),
    (6,  'Apples, 40 lb box',               'PRD', 40.00, true,  1.10),
    (7,  'Potatoes, 50 lb sack',            'PRD', 50.00, true,  0.55),
    (8,  'Carrots, 25 lb bag',              'PRD', 25.00, true,  0.80),
    (9,  'Mixed salad greens, 10 lb',       'PRD', 10.00, true,  2.40),
    (10, 'Onions, 50 lb sack',              'PRD', 50.00, true,  0.60),
    (11, 'Bananas, 40 lb box',              'PRD', 40.00, true,  0.70),
    (12, 'Rice, 20 lb bag',                 'DRY', 20.00, false, 0.90),
    (13, 'Pasta, case of 20 lb',            'DRY', 20.00, false, 1.30),
    (14, 'Canned vegetables, case of 24',   'DRY', 22.00, false, 1.50),
    (15, 'Canned soup, case of 12',         'DRY', 10.00, false, 2.00),
    (16, 'Breakfast cereal, case of 14',    'DRY', 12.00, false, 2.70),
    (17, 'Rolled oats, 25 lb bag',          'DRY', 25.00, false, 1.10),
    (18, 'Flour, 25 lb bag',                'DRY', 25.00, false, 0.60),
    (19, 'Shelf-stable milk, case of 12',   'DAI', 26.00, false, 1.40),
    (20, 'Fresh milk, 4 gallons',           'DAI', 34.00, true,  0.95),
    (21, 'Cheddar cheese, 10 lb',           'DAI', 10.00, true,  4.20),
    (22, 'Yogurt cups, case of 48',         'DAI', 13.00, true,  2.30),
    (23, 'Infant formula, case of 6',       'BAB', 8.00,  false, 14.00),
    (24, 'Baby food jars, case of 24',      'BAB', 6.00,  false, 6.50),
    (25, 'Diapers, box',                    'BAB', 9.00,  false, 5.00),
    (26, 'Toilet paper, case of 48',        'HYG', 20.00, false, 1.80),
    (27, 'Toothpaste, case of 36',          'HYG', 7.00,  false, 9.00),
    (28, 'Menstrual pads, case',            'HYG', 8.00,  false, 7.50),
    (29, 'Bar soap, case of 72',            'HYG', 15.00, false, 3.20),
    (30, 'Frozen salmon portions, 10 lb',   'PRO', 10.00, true,  7.80);

-- ---------------------------------------------------------------- food_drive
CREATE TABLE food_drive (
    drive_id  integer PRIMARY KEY,
    drive_nm  text NOT NULL,
    start_dt  date NOT NULL,
    end_dt    date NOT NULL,
    goal_lbs  numeric(9,1) NOT NULL,
    organizer text
);
COMMENT ON TABLE food_drive IS 'Food drives (collection campaigns); donations received during one are tagged with it';
COMMENT ON COLUMN food_drive.goal_lbs IS 'collection goal in pounds';

INSERT INTO food_drive (drive_id, drive_nm, start_dt, end_dt, goal_lbs, organizer) VALUES
    (1, 'Spring Into Giving 2024',     '2024-03-01', '2024-03-31', 4000,  'Rotary Club'),
    (2, 'Summer Lunch Gap 2024',       '2024-06-10', '2024-07-10', 5000,  NULL),
    (3, 'Harvest Drive 2024',          '2024-09-15', '2024-10-20', 8000,  'County Extension Office'),
    (4, 'Holiday Food Drive 2024',     '2024-11-18', '2024-12-31', 9000,  'KPDX Radio'),
    (5, 'Spring Into Giving 2025',     '2025-03-01', '2025-03-31', 5000,  'Rotary Club'),
    (6, 'Summer Lunch Gap 2025',       '2025-06-10', '2025-07-10', 6500,  NULL),
    (7, 'Harvest Drive 2025',          '2025-09-15', '2025-10-20', 8000,  'County Extension Office'),
    (8, 'Holiday Food Drive 2025',     '2025-11-17', '2025-12-31', 12000, 'KPDX Radio');

-- ---------------------------------------------------------------- don_rcpt (donation receipts)
CREATE TABLE don_rcpt (
    rcpt_id       integer PRIMARY KEY,
    donor_id      integer NOT NULL REFERENCES donor (donor_id),
    rcvd_dt       date NOT NULL,
    wh_cd         char(3) NOT NULL,
    drive_id      integer,
    recv_by       text,
    tax_rcpt_sent boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE don_rcpt IS 'One donation drop-off / delivery received at a warehouse';
COMMENT ON COLUMN don_rcpt.rcvd_dt IS 'date the donation was received';
COMMENT ON COLUMN don_rcpt.wh_cd IS 'NOR = north warehouse (Portland), STH = south warehouse (Oregon City)';
COMMENT ON COLUMN don_rcpt.drive_id IS 'food drive (food_drive.drive_id) the donation came in through; NULL = not part of a food drive';
COMMENT ON COLUMN don_rcpt.tax_rcpt_sent IS 'tax receipt letter sent to the donor';

INSERT INTO don_rcpt (rcpt_id, donor_id, rcvd_dt, wh_cd, drive_id, recv_by, tax_rcpt_sent)
WITH r AS (
    SELECT g,
           CASE WHEN g % 6 = 0 THEN 1 + (g / 6 * 5) % 14 * 10      -- retailers (ids ending in 1) give often
                ELSE 1 + (g * 11) % 140 END AS donor_id,         -- donors 141-150 have not given yet
           date '2024-01-02' + (g * 29) % 699 AS rcvd_dt
    FROM generate_series(1, 900) AS g
)
SELECT r.g, r.donor_id, r.rcvd_dt,
       CASE WHEN r.g % 3 = 0 THEN 'STH' ELSE 'NOR' END,
       CASE WHEN d.donor_typ IN ('I', 'C') THEN (SELECT f.drive_id FROM food_drive f WHERE r.rcvd_dt BETWEEN f.start_dt AND f.end_dt) END,
       CASE WHEN r.g % 10 = 0 THEN NULL ELSE (ARRAY['kmorales','tbishop','aroy','jwest','lnguyen'])[1 + r.g % 5] END,
       d.donor_typ <> 'G' AND r.rcvd_dt < date '2025-11-01'
FROM r JOIN donor d ON d.donor_id = r.donor_id;

-- ---------------------------------------------------------------- don_line (donated items)
CREATE TABLE don_line (
    line_id  integer PRIMARY KEY,
    rcpt_id  integer NOT NULL REFERENCES don_rcpt (rcpt_id),
    item_id  integer NOT NULL REFERENCES item (item_id),
    qty      integer NOT NULL,
    wt_lbs   numeric(8,1) NOT NULL,
    exp_dt   date,
    cond_cd  char(1) NOT NULL DEFAULT 'G'
);
COMMENT ON TABLE don_line IS 'Items on a donation receipt';
COMMENT ON COLUMN don_line.qty IS 'number of units (see item.unit_wt_lb)';
COMMENT ON COLUMN don_line.wt_lbs IS 'weighed gross weight, lb';
COMMENT ON COLUMN don_line.exp_dt IS 'best-by / expiry date; NULL = no expiry date (non-food)';
COMMENT ON COLUMN don_line.cond_cd IS 'G = good, accepted into stock; R = rejected at intake and discarded (spoiled, damaged, recalled)';

INSERT INTO don_line (line_id, rcpt_id, item_id, qty, wt_lbs, exp_dt, cond_cd)
WITH l AS (
    SELECT r.rcpt_id, r.rcvd_dt, k,
           1 + (r.rcpt_id * 7 + k * 11) % 30 AS item_id,
           CASE WHEN d.donor_typ IN ('R', 'M', 'F', 'G') THEN 10 + (r.rcpt_id * 3 + k * 5) % 60
                ELSE 1 + (r.rcpt_id + k * 3) % 8 END AS qty
    FROM don_rcpt r
    JOIN donor d ON d.donor_id = r.donor_id
    CROSS JOIN LATERAL generate_series(1, 1 + r.rcpt_id % 4) AS k
)
SELECT row_number() OVER (ORDER BY l.rcpt_id, l.k), l.rcpt_id, l.item_id, l.qty,
       round(l.qty * i.unit_wt_lb * (0.97 + ((l.rcpt_id + l.k) % 7) / 100.0), 1),
       CASE WHEN i.cat_cd = 'HYG' THEN NULL
            WHEN i.perishable THEN l.rcvd_dt + 3 + (l.rcpt_id + l.k * 5) % 18
            ELSE l.rcvd_dt + 120 + (l.rcpt_id * 13 + l.k) % 600 END,
       CASE WHEN (l.rcpt_id + l.k) % 23 = 0 OR (i.perishable AND (l.rcpt_id * l.k) % 17 = 0) THEN 'R' ELSE 'G' END
FROM l JOIN item i ON i.item_id = l.item_id;

-- ---------------------------------------------------------------- dist_ord (orders shipped to agencies)
CREATE TABLE dist_ord (
    ord_id        integer PRIMARY KEY,
    agcy_id       integer NOT NULL REFERENCES agency (agcy_id),
    ord_dt        date NOT NULL,
    sched_ship_dt date NOT NULL,
    ship_dt       date,
    ord_stat      char(1) NOT NULL,
    from_wh       char(3) NOT NULL,
    maint_fee     numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE dist_ord IS 'Orders partner agencies place with the food bank';
COMMENT ON COLUMN dist_ord.sched_ship_dt IS 'promised delivery / pick-up date';
COMMENT ON COLUMN dist_ord.ship_dt IS 'date the order actually left the warehouse; NULL = not shipped';
COMMENT ON COLUMN dist_ord.ord_stat IS 'P = pending, A = approved and being picked, S = shipped, C = cancelled';
COMMENT ON COLUMN dist_ord.from_wh IS 'warehouse it ships from, see don_rcpt.wh_cd';
COMMENT ON COLUMN dist_ord.maint_fee IS 'shared maintenance fee charged to the agency, USD; waived (0) for school pantries';

INSERT INTO dist_ord (ord_id, agcy_id, ord_dt, sched_ship_dt, ship_dt, ord_stat, from_wh, maint_fee)
WITH o AS (
    SELECT g,
           1 + (g * 13) % 37 AS agcy_id,                       -- agencies 38-40 joined late and have not ordered
           date '2024-01-03' + (g * 31) % 698 AS ord_dt
    FROM generate_series(1, 1100) AS g
), s AS (
    SELECT o.*, ord_dt + 2 + g % 4 AS sched,
           CASE WHEN ord_dt > date '2025-11-20' THEN CASE WHEN g % 2 = 0 THEN 'P' ELSE 'A' END
                WHEN g % 25 = 0 THEN 'C'
                ELSE 'S' END AS st
    FROM o
)
SELECT s.g, s.agcy_id, s.ord_dt, s.sched,
       CASE WHEN s.st <> 'S' THEN NULL
            WHEN s.g % 7 = 0 THEN s.sched + 1 + s.g % 3
            WHEN s.g % 11 = 0 THEN s.sched - 1
            ELSE s.sched END,
       s.st,
       CASE WHEN a.county IN ('Clackamas') THEN 'STH' ELSE 'NOR' END,
       CASE WHEN a.agcy_typ = 'SC' THEN 0 ELSE 12.50 + (s.g % 5) * 2.5 END
FROM s JOIN agency a ON a.agcy_id = s.agcy_id;

-- ---------------------------------------------------------------- dist_line (items on an order)
CREATE TABLE dist_line (
    ord_id      integer NOT NULL REFERENCES dist_ord (ord_id),
    line_no     smallint NOT NULL,
    item_id     integer NOT NULL REFERENCES item (item_id),
    qty_req     integer NOT NULL,
    qty_shipped integer,
    wt_lbs      numeric(8,1),
    PRIMARY KEY (ord_id, line_no)
);
COMMENT ON COLUMN dist_line.qty_req IS 'units the agency asked for';
COMMENT ON COLUMN dist_line.qty_shipped IS 'units actually shipped (can be fewer than requested, even 0, when out of stock); NULL = order not shipped';
COMMENT ON COLUMN dist_line.wt_lbs IS 'shipped weight, lb; NULL = order not shipped';

INSERT INTO dist_line (ord_id, line_no, item_id, qty_req, qty_shipped, wt_lbs)
WITH l AS (
    SELECT o.ord_id, o.ord_stat, k,
           CASE WHEN o.ord_stat IN ('P', 'A') AND k = 1 AND o.ord_id % 3 = 0 THEN 27  -- toothpaste only on open orders so far
                ELSE 1 + (o.ord_id * 5 + k * 7) % 26 END AS item_id,              -- items 27-30 are never ordered otherwise
           2 + (o.ord_id * 3 + k * 11) % 14 AS qty_req
    FROM dist_ord o
    CROSS JOIN LATERAL generate_series(1, 2 + o.ord_id % 4) AS k
), q AS (
    SELECT l.*,
           CASE WHEN ord_stat <> 'S' THEN NULL
                WHEN (ord_id + k) % 13 = 0 THEN 0
                WHEN (ord_id + k) % 6 = 0 THEN qty_req - 1 - (ord_id % 2)
                ELSE qty_req END AS qty_shipped
    FROM l
)
SELECT q.ord_id, q.k, q.item_id, q.qty_req, q.qty_shipped,
       round(q.qty_shipped * i.unit_wt_lb, 1)
FROM q JOIN item i ON i.item_id = q.item_id;

-- ---------------------------------------------------------------- volunteer
CREATE TABLE volunteer (
    vol_id    integer PRIMARY KEY,
    first_nm  text NOT NULL,
    last_nm   text NOT NULL,
    email     text,
    signup_dt date NOT NULL,
    is_minor  boolean NOT NULL DEFAULT false,
    grp_nm    text
);
COMMENT ON COLUMN volunteer.is_minor IS 'true = under 18, needs a guardian on shift';
COMMENT ON COLUMN volunteer.grp_nm IS 'company / school group the volunteer came with; NULL = individual volunteer';

INSERT INTO volunteer (vol_id, first_nm, last_nm, email, signup_dt, is_minor, grp_nm)
SELECT g, fn, ln,
       CASE WHEN g % 19 = 0 THEN NULL ELSE lower(fn || '.' || ln || g) || '@mail.example.org' END,
       date '2023-02-01' + (g * 61) % 1000,
       g % 9 = 0,
       CASE WHEN g % 5 = 0 THEN (ARRAY['Intel Cares','Lincoln High NHS','Nike Volunteers','PSU Service Club'])[1 + g % 4] END
FROM (
    SELECT g,
           (ARRAY['Aaron','Beatriz','Caleb','Dana','Eli','Farah','Gabe','Holly','Isaac','Jade','Kyle','Lena','Marco','Nadia','Oscar','Paige'])[1 + g % 16] AS fn,
           (ARRAY['Abrams','Bishop','Castillo','Dorsey','Ekwueme','Flores','Gupta','Hart','Iverson','Jung','Klein','Lam','Mendez'])[1 + (g * 5) % 13] AS ln
    FROM generate_series(1, 180) AS g
) v;

-- ---------------------------------------------------------------- vol_shift (volunteer shifts)
CREATE TABLE vol_shift (
    shift_id integer PRIMARY KEY,
    vol_id   integer NOT NULL REFERENCES volunteer (vol_id),
    wh_cd    char(3),
    agcy_id  integer,
    role_cd  char(1) NOT NULL,
    start_ts timestamptz NOT NULL,
    end_ts   timestamptz,
    no_show  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE vol_shift IS 'Volunteer shifts, at one of our warehouses or helping out at a partner agency';
COMMENT ON COLUMN vol_shift.wh_cd IS 'warehouse of the shift (see don_rcpt.wh_cd); NULL when the shift is at a partner agency';
COMMENT ON COLUMN vol_shift.agcy_id IS 'partner agency (agency.agcy_id) the shift is at; NULL = at our own warehouse';
COMMENT ON COLUMN vol_shift.role_cd IS 'S = sorting donations, P = packing boxes, D = delivery driver, F = front desk / intake';
COMMENT ON COLUMN vol_shift.start_ts IS 'scheduled shift start (check-in)';
COMMENT ON COLUMN vol_shift.end_ts IS 'check-out time; NULL = no check-out recorded (no-show, or forgot to check out)';
COMMENT ON COLUMN vol_shift.no_show IS 'true = the volunteer did not come';

INSERT INTO vol_shift (shift_id, vol_id, wh_cd, agcy_id, role_cd, start_ts, end_ts, no_show)
WITH s AS (
    SELECT g,
           1 + (g * 11) % 170 AS vol_id,                        -- volunteers 171-180 signed up but never took a shift
           CASE WHEN g % 10 IN (3, 7, 8) THEN 1 + (g * 7) % 37 END AS agcy_id,
           (ARRAY['S','S','P','P','D','F','S','P'])[1 + (g * 3) % 8] AS role_cd,
           timestamptz '2024-01-02 16:00:00+00' + ((g * 17) % 698) * interval '1 day'
               + ((g % 3) * 4) * interval '1 hour' AS start_ts,
           (2 + g % 4) * 60 + ((g * 7) % 4) * 15 AS minutes
    FROM generate_series(1, 1500) AS g
)
SELECT g, vol_id,
       CASE WHEN agcy_id IS NULL THEN CASE WHEN g % 4 = 0 THEN 'STH' ELSE 'NOR' END END,
       agcy_id, role_cd, start_ts,
       CASE WHEN g % 19 = 0 OR g % 33 = 0 THEN NULL ELSE start_ts + minutes * interval '1 minute' END,
       g % 19 = 0
FROM s;
