-- Made-up schema: "Bounce Brothers Party Hire", a bouncy castle and party kit hire firm run by
-- Dean and Kelly Marsh from a rented unit on the Sanders Lodge estate, Rushden, Northamptonshire (UK,
-- prices in GBP). They deliver within about 25 miles (Wellingborough, Kettering, Northampton, Bedford,
-- Corby); delivery is free in Rushden and Higham Ferrers and 10 / 15 / 25 pounds further out.
-- Habits:
--   * a booking is one party on one date; the kit on it is listed in bkg_line (one castle plus extras:
--     generator when the venue has no power, tables and chairs, popcorn / candy floss machines, mats).
--   * the crew deliver in the morning (slots E / M / A) and collect the same evening, or the next morning
--     for an overnight hire (20 pounds extra). Small kit (soft play, food machines) can be collected from
--     the yard by the customer (del_mthd = 'S'); trade customers (other hire firms) always collect.
--   * a deposit (30 pounds, 50 for big kit) is taken when the booking is made; the balance on the day
--     (cash or card) or by bank transfer a couple of days before. Schools and nurseries pay no deposit
--     and pay the whole amount by bank transfer on invoice after the event.
--   * if the forecast gusts are over 24 mph (or the ground is waterlogged) they call the party off
--     themselves: the deposit is refunded in full or moved to a new date. Customers who cancel lose the
--     deposit (half back for illness).
--   * every inflatable has a PIPA tag and is re-tested each January in the quiet season; a unit that
--     fails is repaired and re-tested. New kit comes with a manufacturer's first test.
--   * vans go out as runs: a morning delivery run, an evening collection run, and a next-morning
--     collection run for overnight hires; run_crew lists who was on each run (one driver plus crew).
-- Codes are explained in the COMMENT ON COLUMN legends. The system went live in January 2024: parties
-- from 2024-01-13; data cut-off 2026-11-30 (bookings for December 2026 are in, not yet delivered).
-- Data are deterministic (generate_series, modulo arithmetic, hashtext; no random()).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS dmg_chg;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS cxl;
DROP TABLE IF EXISTS bkg_line;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS run_crew;
DROP TABLE IF EXISTS run;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS van;
DROP TABLE IF EXISTS pipa_test;
DROP TABLE IF EXISTS item;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id      integer PRIMARY KEY,
    cust_nm      text NOT NULL,
    cust_typ     char(1) NOT NULL,
    ph_no        varchar(15) NOT NULL,
    email        text,
    town         text NOT NULL,
    pcode        varchar(8) NOT NULL,
    crt_dt       date NOT NULL,
    mkt_ok       boolean NOT NULL DEFAULT false,
    referred_by  integer REFERENCES cust (cust_id)
);
COMMENT ON TABLE cust IS 'Customers: families, schools, groups and businesses who have booked or asked for a quote';
COMMENT ON COLUMN cust.cust_nm IS 'person''s name, or the organisation''s name for schools, groups and businesses';
COMMENT ON COLUMN cust.cust_typ IS 'H = household (private party), S = school or nursery, C = church / charity / community group, B = business (pub, holiday park, company fun day), T = trade (another hire firm sub-hiring our kit)';
COMMENT ON COLUMN cust.email IS 'NULL = no email given';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer record was created (regulars were imported from the old spreadsheet in January 2024)';
COMMENT ON COLUMN cust.mkt_ok IS 'true = happy to get our offers (Facebook / email)';
COMMENT ON COLUMN cust.referred_by IS 'the existing customer who recommended them to us; NULL = found us themselves';

INSERT INTO cust (cust_id, cust_nm, cust_typ, ph_no, email, town, pcode, crt_dt, mkt_ok, referred_by)
SELECT c,
       CASE typ
            WHEN 'H' THEN fn || ' ' || ln
            WHEN 'S' THEN (ARRAY['St Peter''s CE Primary','Oakway Academy','Little Acorns Nursery','Tennyson Road Infants',
                                 'Whitefriars Primary','Denfield Park Juniors','Bushfield Pre-School','Sunflower Day Nursery',
                                 'Ringstead Primary','Busy Bees Nursery'])[1 + (c / 8) % 10] || ', ' || town
            WHEN 'C' THEN (ARRAY['St Mary''s Church','Rotary Club','1st Scouts','Village Hall Committee','Friends of the Park',
                                 'Methodist Church','Round Table','Community Centre','Baptist Church'])[1 + (c / 8) % 9] || ', ' || town
            WHEN 'B' THEN (ARRAY['The Green Dragon','Windmill Holiday Park','The Red Lion','Nene Valley Garden Centre',
                                 'Acorn Logistics (staff fun day)','The Wheatsheaf','Riverside Caravan Park','Spire Homes (open day)'])[1 + (c / 10) % 8] || ', ' || town
            ELSE (ARRAY['Jumpin'' Jacks Hire','BounceKing Events','Castle Capers','Party Time Hire'])[1 + c % 4]
       END,
       typ,
       '07' || lpad(((c::bigint * 7919 * 13) % 1000000000)::text, 9, '0'),
       CASE WHEN c % 6 = 5 THEN NULL
            WHEN typ = 'H' THEN lower(fn) || '.' || lower(ln) || (c % 89)::text || '@'
                 || (ARRAY['gmail.com','hotmail.co.uk','outlook.com','yahoo.co.uk','icloud.com','btinternet.com'])[1 + c % 6]
            ELSE 'office' || c::text || '@' || (ARRAY['school.org.uk','mail.co.uk','gmail.com'])[1 + c % 3] END,
       town,
       (ARRAY['NN10','NN10','NN10','NN10','NN8','NN8','NN9','NN9','NN15','NN14','NN3','MK41','NN17','NN9','NN6'])[ti]
           || ' ' || (1 + c % 9)::text || chr(65 + c % 26) || chr(65 + (c * 7) % 26),
       date '2024-01-02' + (c % 9),
       c % 3 <> 0,
       CASE WHEN c > 250 AND c % 11 = 0 THEN 1 + (c * 13) % 250 END
FROM (
    SELECT c,
           CASE WHEN c <= 250 THEN
                    CASE WHEN c IN (47, 133, 212) THEN 'T' WHEN c % 8 = 1 THEN 'S' WHEN c % 8 = 2 THEN 'C'
                         WHEN c % 10 = 3 THEN 'B' ELSE 'H' END
                ELSE CASE WHEN c = 777 THEN 'T' WHEN c % 41 = 0 THEN 'B' WHEN c % 53 = 0 THEN 'C'
                          WHEN c % 67 = 0 THEN 'S' ELSE 'H' END
           END AS typ,
           1 + (c * 7) % 15 AS ti,
           (ARRAY['Rushden','Rushden','Rushden','Higham Ferrers','Wellingborough','Wellingborough','Irthlingborough',
                  'Raunds','Kettering','Thrapston','Northampton','Bedford','Corby','Finedon','Earls Barton'])[1 + (c * 7) % 15] AS town,
           (ARRAY['Kerry','Gemma','Lauren','Stacey','Amy','Natalie','Jodie','Sarah','Hayley','Leanne','Daniel','Craig',
                  'Lee','Mark','Ryan','Priya','Aisha','Agnieszka','Chloe','Becky','Tom','Jamie','Kirsty','Sam'])[1 + c % 24] AS fn,
           (ARRAY['Smith','Jones','Brown','Taylor','Wilson','Clarke','Patel','Walker','Marriott','Coles','Dunkley','Wright',
                  'Ahmed','Hall','Nowak','Bates','Green','Tebbutt','Lewis','Shah','Allen','Warren','Kowalczyk'])[1 + (c * 5) % 23] AS ln
    FROM generate_series(1, 1230) AS c
) n;

-- ---------------------------------------------------------------- item (hire kit)
CREATE TABLE item (
    item_id     smallint PRIMARY KEY,
    item_nm     text NOT NULL,
    cat_cd      char(2) NOT NULL,
    size_ft     varchar(8),
    blowers     smallint,
    day_rate    numeric(7,2) NOT NULL,
    dep_amt     numeric(6,2) NOT NULL,
    bought_dt   date NOT NULL,
    bought_amt  numeric(8,2) NOT NULL,
    retired_dt  date,
    indoor_ok   boolean NOT NULL,
    adult_ok    boolean NOT NULL,
    pipa_tag    varchar(10)
);
COMMENT ON TABLE item IS 'Every piece of hire kit we own (one row per physical inflatable; sets of tables and chairs as one row)';
COMMENT ON COLUMN item.cat_cd IS 'BC = bouncy castle, CS = castle with slide (combi), SL = inflatable slide, OB = obstacle / assault course, GM = inflatable games (bungee run, gladiator duel, sumo suits), SP = soft play and ball pond, RB = rodeo bull, GN = generator, FN = tables and chairs, FM = food machine (popcorn, candy floss, slush), AC = accessories (gazebo, safety mats, photo booth)';
COMMENT ON COLUMN item.size_ft IS 'footprint, feet (width x length); NULL for non-inflatables';
COMMENT ON COLUMN item.blowers IS 'number of electric blowers the unit needs; NULL = not an inflatable';
COMMENT ON COLUMN item.day_rate IS 'standard hire price for one day, GBP';
COMMENT ON COLUMN item.dep_amt IS 'booking deposit asked when this is the main item on a booking, GBP';
COMMENT ON COLUMN item.bought_amt IS 'what we paid for it, GBP';
COMMENT ON COLUMN item.retired_dt IS 'date it was scrapped or sold; NULL = still in the hire fleet';
COMMENT ON COLUMN item.indoor_ok IS 'true = fits in a school or village hall (low enough)';
COMMENT ON COLUMN item.adult_ok IS 'true = may be used by adults (otherwise children only)';
COMMENT ON COLUMN item.pipa_tag IS 'PIPA tag number fixed to the inflatable; NULL = not PIPA-tested kit';

INSERT INTO item (item_id, item_nm, cat_cd, size_ft, blowers, day_rate, dep_amt, bought_dt, bought_amt, retired_dt, indoor_ok, adult_ok, pipa_tag) VALUES
    ( 1, 'Pink Princess Castle',           'BC', '12x12', 1,  65.00, 30, date '2021-04-10', 1450.00, NULL,              true,  false, 'PT40211'),
    ( 2, 'Superhero Castle',               'BC', '12x15', 1,  70.00, 30, date '2021-04-10', 1600.00, NULL,              true,  false, 'PT40212'),
    ( 3, 'Jungle Castle',                  'BC', '15x15', 1,  75.00, 30, date '2021-05-02', 1750.00, date '2025-09-30', false, false, 'PT40587'),
    ( 4, 'Unicorn Castle',                 'BC', '12x12', 1,  65.00, 30, date '2022-03-15', 1500.00, NULL,              true,  false, 'PT51230'),
    ( 5, 'Football Castle',                'BC', '15x15', 1,  75.00, 30, date '2022-03-15', 1750.00, NULL,              false, false, 'PT51231'),
    ( 6, 'Pirate Ship Castle',             'BC', '15x18', 2,  85.00, 50, date '2023-02-20', 2300.00, NULL,              false, false, 'PT60774'),
    ( 7, 'Dinosaur Castle',                'BC', '12x15', 1,  70.00, 30, date '2023-02-20', 1650.00, NULL,              true,  false, 'PT60775'),
    ( 8, 'Disco Dome (adult castle)',      'BC', '15x15', 1,  95.00, 50, date '2023-06-01', 2400.00, NULL,              true,  true,  'PT61902'),
    ( 9, 'Mermaid Castle',                 'BC', '12x12', 1,  65.00, 30, date '2024-03-02', 1550.00, NULL,              true,  false, 'PT70318'),
    (10, 'Space Castle',                   'BC', '12x15', 1,  70.00, 30, date '2025-03-10', 1700.00, NULL,              true,  false, 'PT80455'),
    (11, 'Frozen Castle',                  'BC', '12x12', 1,  65.00, 30, date '2024-03-02', 1550.00, NULL,              true,  false, 'PT70319'),
    (12, 'Toddler Castle',                 'BC', '10x10', 1,  50.00, 30, date '2022-06-01',  900.00, NULL,              true,  false, 'PT52011'),
    (13, 'Circus Castle & Slide',          'CS', '15x18', 2,  95.00, 50, date '2021-05-01', 2600.00, NULL,              false, false, 'PT40590'),
    (14, 'Party Castle & Slide',           'CS', '15x18', 2,  95.00, 50, date '2023-03-01', 2750.00, NULL,              false, false, 'PT60801'),
    (15, 'Jungle Castle & Slide',          'CS', '16x20', 2, 105.00, 50, date '2025-04-01', 2950.00, NULL,              false, false, 'PT80612'),
    (16, 'Mega Slide 18ft',                'SL', '30x14', 2, 150.00, 50, date '2022-05-01', 3900.00, NULL,              false, true,  'PT51499'),
    (17, 'Toddler Slide',                  'SL', '12x8',  1,  55.00, 30, date '2023-05-01',  800.00, NULL,              true,  false, 'PT61350'),
    (18, 'Wet n Wild Slide',               'SL', '25x12', 2, 140.00, 50, date '2024-05-20', 3600.00, NULL,              false, true,  'PT71044'),
    (19, 'Assault Course 40ft',            'OB', '40x10', 2, 160.00, 50, date '2021-06-01', 3500.00, date '2026-05-15', false, true,  'PT40733'),
    (20, 'Assault Course 60ft',            'OB', '60x10', 3, 220.00, 80, date '2023-04-01', 5200.00, NULL,              false, true,  'PT61120'),
    (21, 'Toddler Obstacle',               'OB', '20x8',  1,  80.00, 30, date '2024-04-01', 1400.00, NULL,              true,  false, 'PT70560'),
    (22, 'Bungee Run',                     'GM', '30x10', 2, 120.00, 50, date '2022-04-01', 2100.00, NULL,              false, true,  'PT51302'),
    (23, 'Gladiator Duel',                 'GM', '18x18', 1, 110.00, 50, date '2022-04-01', 1900.00, NULL,              false, true,  'PT51303'),
    (24, 'Sumo Suits (pair)',              'GM', NULL,  NULL,  60.00, 50, date '2021-03-01',  650.00, NULL,              true,  true,  NULL),
    (25, 'Penalty Shootout',               'GM', '12x10', 1,  60.00, 30, date '2024-06-01',  850.00, NULL,              false, false, 'PT71210'),
    (26, 'Rodeo Bull',                     'RB', NULL,  NULL, 250.00, 100, date '2025-05-01', 6500.00, NULL,             true,  true,  NULL),
    (27, 'Soft Play Set - Pastel',         'SP', NULL,  NULL,  55.00, 30, date '2022-01-15',  700.00, NULL,              true,  false, NULL),
    (28, 'Soft Play Set - Primary',        'SP', NULL,  NULL,  55.00, 30, date '2024-01-20',  750.00, NULL,              true,  false, NULL),
    (29, 'Ball Pond',                      'SP', NULL,  NULL,  35.00, 30, date '2021-03-01',  300.00, NULL,              true,  false, NULL),
    (30, 'Generator 2.8kVA',               'GN', NULL,  NULL,  30.00,  0, date '2021-05-01',  550.00, NULL,              false, true,  NULL),
    (31, 'Generator 3.5kVA',               'GN', NULL,  NULL,  35.00,  0, date '2023-05-01',  700.00, NULL,              false, true,  NULL),
    (32, 'Generator 2.8kVA (old Honda)',   'GN', NULL,  NULL,  30.00,  0, date '2019-05-01',  450.00, date '2024-08-01', false, true,  NULL),
    (33, 'Kids Tables & Chairs (seats 10)','FN', NULL,  NULL,  15.00,  0, date '2021-03-01',  180.00, NULL,              true,  false, NULL),
    (34, 'Trestle Table 6ft',              'FN', NULL,  NULL,   8.00,  0, date '2021-03-01',   45.00, NULL,              true,  true,  NULL),
    (35, 'Popcorn Machine',                'FM', NULL,  NULL,  45.00, 30, date '2022-02-01',  400.00, NULL,              true,  true,  NULL),
    (36, 'Candy Floss Machine',            'FM', NULL,  NULL,  45.00, 30, date '2022-02-01',  380.00, NULL,              true,  true,  NULL),
    (37, 'Slush Machine',                  'FM', NULL,  NULL,  55.00, 30, date '2024-05-01',  900.00, NULL,              true,  true,  NULL),
    (38, 'Gazebo 3x3m',                    'AC', NULL,  NULL,  25.00,  0, date '2023-04-01',  220.00, NULL,              false, true,  NULL),
    (39, 'Safety Mats (set)',              'AC', NULL,  NULL,  10.00,  0, date '2021-03-01',  150.00, NULL,              true,  true,  NULL),
    (40, 'Mini Pirate Castle',             'BC', '10x10', 1,  50.00, 30, date '2026-03-01', 1000.00, NULL,              true,  false, 'PT90117'),
    (41, 'Bubble House',                   'BC', '15x15', 1,  90.00, 50, date '2026-04-01', 2500.00, NULL,              true,  false, 'PT90240'),
    (42, 'Inflatable Photo Booth',         'AC', '8x8',   1,  75.00, 30, date '2026-10-01', 1200.00, NULL,              true,  true,  'PT91003');

-- ---------------------------------------------------------------- pipa_test (safety inspections)
CREATE TABLE pipa_test (
    test_id   integer PRIMARY KEY,
    item_id   smallint NOT NULL REFERENCES item (item_id),
    test_dt   date NOT NULL,
    insp_nm   text NOT NULL,
    result    char(1) NOT NULL,
    exp_dt    date,
    fee       numeric(6,2) NOT NULL,
    notes     text
);
COMMENT ON TABLE pipa_test IS 'PIPA safety inspections of the inflatables (annual test each January, re-tests after a fail, first test of new kit)';
COMMENT ON COLUMN pipa_test.result IS 'P = pass, A = pass with advisories (fix before next test), F = fail (must not be hired until re-tested)';
COMMENT ON COLUMN pipa_test.exp_dt IS 'certificate valid until (inclusive); NULL when the unit failed';
COMMENT ON COLUMN pipa_test.fee IS 'inspector''s fee, GBP (0 for the manufacturer''s first test)';

INSERT INTO pipa_test (test_id, item_id, test_dt, insp_nm, result, exp_dt, fee, notes)
WITH base AS (
    -- annual January tests of kit owned at the start of the year
    SELECT i.item_id, y,
           CASE WHEN i.item_id = 5 AND y = 2025 THEN date '2025-03-28'
                ELSE make_date(y, 1, 4) + (i.item_id * 3) % 11 END AS test_dt,
           CASE WHEN y = 2026 THEN 'BounceSafe Inspections Ltd' ELSE 'R. Dunmore (PIPA inspector)' END AS insp_nm,
           CASE WHEN i.cat_cd IN ('OB','SL','CS') THEN 35.00 ELSE 25.00 END AS fee,
           (hashtext('pipa' || i.item_id || '-' || y) & 2147483647) % 100 AS h,
           false AS first_test
    FROM item i CROSS JOIN generate_series(2024, 2026) AS y
    WHERE i.pipa_tag IS NOT NULL
      AND i.bought_dt < make_date(y, 1, 1)
      AND (i.retired_dt IS NULL OR i.retired_dt > make_date(y, 3, 1))
      AND NOT (i.item_id = 19 AND y = 2026)
    UNION ALL
    -- manufacturer's first test of new kit
    SELECT i.item_id, extract(year FROM i.bought_dt)::int, i.bought_dt, 'Manufacturer (first test)', 0.00, 50, true
    FROM item i
    WHERE i.pipa_tag IS NOT NULL AND i.bought_dt >= date '2024-01-01'
), rows AS (
    SELECT item_id, test_dt, insp_nm,
           CASE WHEN first_test THEN 'P' WHEN h < 11 THEN 'F' WHEN h < 27 THEN 'A' ELSE 'P' END AS result,
           fee,
           CASE WHEN first_test THEN NULL WHEN h < 11 THEN (ARRAY['seam failure on turret','anchor point torn','bed pressure low - blower tube split','net wall torn'])[1 + h % 4]
                WHEN h < 27 THEN (ARRAY['worn stitching on step','faded safety label','replace two pegs'])[1 + h % 3] END AS notes
    FROM base
    UNION ALL
    -- re-test after a fail
    SELECT item_id, test_dt + 8 + item_id % 10, insp_nm, 'P', 0.00, 're-test after repair'
    FROM base WHERE NOT first_test AND h < 11
)
SELECT row_number() OVER (ORDER BY test_dt, item_id),
       item_id, test_dt, insp_nm, result,
       CASE WHEN result <> 'F' THEN (test_dt + interval '1 year' - interval '1 day')::date END,
       fee, notes
FROM rows;

-- ---------------------------------------------------------------- van
CREATE TABLE van (
    van_id     smallint PRIMARY KEY,
    reg_no     varchar(8) NOT NULL,
    van_nm     text NOT NULL,
    make_mdl   text NOT NULL,
    bought_dt  date NOT NULL,
    sold_dt    date,
    tail_lift  boolean NOT NULL,
    mot_due    date
);
COMMENT ON COLUMN van.van_nm IS 'what we call the van';
COMMENT ON COLUMN van.sold_dt IS 'NULL = still ours';
COMMENT ON COLUMN van.tail_lift IS 'true = has a tail lift (needed for the big slides and assault courses)';
COMMENT ON COLUMN van.mot_due IS 'next MOT due; NULL once sold';

INSERT INTO van VALUES
    (1, 'KX20BBH', 'Big Bertha',  'Ford Transit Luton',     date '2020-02-01', NULL,              true,  date '2027-01-31'),
    (2, 'AY21NJF', 'The Bus',     'Ford Transit LWB',       date '2021-03-15', NULL,              false, date '2027-03-14'),
    (3, 'KP22XUE', 'Little Van',  'Ford Transit Custom',    date '2022-04-01', date '2025-02-28', false, NULL),
    (4, 'KW25OVL', 'Ivy',         'Iveco Daily Luton',      date '2025-03-03', NULL,              true,  date '2028-03-02');

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id  smallint PRIMARY KEY,
    staff_nm  text NOT NULL,
    role_cd   char(1) NOT NULL,
    hire_dt   date NOT NULL,
    left_dt   date,
    hr_rt     numeric(5,2),
    c1_lic    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE staff IS 'Everyone who works for us, including the owners';
COMMENT ON COLUMN staff.role_cd IS 'O = owner, A = office / bookings, D = driver, C = crew (all year), S = seasonal weekend crew (May to September)';
COMMENT ON COLUMN staff.left_dt IS 'last day worked; NULL = still with us';
COMMENT ON COLUMN staff.hr_rt IS 'hourly pay, GBP; NULL = not paid by the hour (owners)';
COMMENT ON COLUMN staff.c1_lic IS 'true = licence covers the 3.5 t+ Luton vans';

INSERT INTO staff VALUES
    ( 1, 'Dean Marsh',       'O', date '2019-03-01', NULL,              NULL,  true),
    ( 2, 'Kelly Marsh',      'A', date '2019-03-01', NULL,              NULL,  false),
    ( 3, 'Lee Hartwell',     'D', date '2021-04-01', NULL,              13.50, true),
    ( 4, 'Marcus Bell',      'D', date '2022-03-01', date '2025-08-29', 12.80, false),
    ( 5, 'Josh Tilley',      'C', date '2023-04-01', NULL,              11.44, false),
    ( 6, 'Connor Reid',      'C', date '2023-05-01', date '2024-09-30', 11.00, false),
    ( 7, 'Ellie Warrington', 'C', date '2024-04-13', NULL,              11.44, false),
    ( 8, 'Ryan Osei',        'D', date '2025-08-01', NULL,              13.20, true),
    ( 9, 'Tyler Marsh',      'S', date '2024-05-01', NULL,              10.00, false),
    (10, 'Kieran Doyle',     'S', date '2025-05-01', date '2025-09-30', 11.44, false),
    (11, 'Jade Fenwick',     'S', date '2026-05-02', NULL,              12.21, false),
    (12, 'Sam Pollard',      'C', date '2026-11-28', NULL,              12.21, false);

-- ---------------------------------------------------------------- run (van runs)
CREATE TABLE run (
    run_id    integer PRIMARY KEY,
    run_dt    date NOT NULL,
    van_id    smallint NOT NULL REFERENCES van (van_id),
    run_typ   char(1) NOT NULL,
    out_tm    time NOT NULL,
    back_tm   time,
    drops     smallint NOT NULL,
    miles     numeric(5,1)
);
COMMENT ON TABLE run IS 'One van going out on one trip: deliveries in the morning, collections in the evening or next morning';
COMMENT ON COLUMN run.run_typ IS 'D = delivery run (morning), C = collection run (same evening), N = next-morning collection run (overnight hires)';
COMMENT ON COLUMN run.out_tm IS 'time the van left the yard';
COMMENT ON COLUMN run.back_tm IS 'time the van got back to the yard; NULL = driver forgot to fill it in';
COMMENT ON COLUMN run.drops IS 'number of parties visited on the run';
COMMENT ON COLUMN run.miles IS 'odometer miles for the whole trip; NULL = not recorded';

-- ---------------------------------------------------------------- run_crew (who went on each run)
CREATE TABLE run_crew (
    run_id    integer NOT NULL REFERENCES run (run_id),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    is_drv    boolean NOT NULL,
    PRIMARY KEY (run_id, staff_id)
);
COMMENT ON TABLE run_crew IS 'Staff on each van run';
COMMENT ON COLUMN run_crew.is_drv IS 'true = drove the van on this run';

-- ---------------------------------------------------------------- bkg (hire bookings)
CREATE TABLE bkg (
    bkg_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    bkg_dt      date NOT NULL,
    event_dt    date NOT NULL,
    venue_pc    varchar(8) NOT NULL,
    surface     char(1) NOT NULL,
    pwr_ok      boolean NOT NULL,
    del_mthd    char(1) NOT NULL,
    del_slot    char(1),
    col_slot    char(1),
    del_run_id  integer REFERENCES run (run_id),
    col_run_id  integer REFERENCES run (run_id),
    bkg_st      char(1) NOT NULL,
    cxl_dt      date,
    src         char(1) NOT NULL,
    del_chg     numeric(6,2) NOT NULL DEFAULT 0,
    disc_amt    numeric(6,2) NOT NULL DEFAULT 0,
    tot_amt     numeric(8,2) NOT NULL,
    dep_amt     numeric(6,2) NOT NULL
);
COMMENT ON TABLE bkg IS 'Hire bookings: one party (event) on one date for one customer';
COMMENT ON COLUMN bkg.bkg_dt IS 'date the booking was taken';
COMMENT ON COLUMN bkg.event_dt IS 'date of the party / event (the hire day)';
COMMENT ON COLUMN bkg.venue_pc IS 'postcode where the kit is set up';
COMMENT ON COLUMN bkg.surface IS 'G = grass, H = hard standing (patio, tarmac: mats needed), I = indoors (hall)';
COMMENT ON COLUMN bkg.pwr_ok IS 'true = mains power at the venue; false = we bring a generator';
COMMENT ON COLUMN bkg.del_mthd IS 'D = we deliver and set up, S = customer collects from our yard and brings it back';
COMMENT ON COLUMN bkg.del_slot IS 'delivery slot: E = early (7-9am), M = morning (9am-12), A = afternoon (12-3pm); NULL = not delivered by us';
COMMENT ON COLUMN bkg.col_slot IS 'collection slot: S = same evening (6-9pm), N = next morning (overnight hire, 20 pounds extra); NULL = not collected by us';
COMMENT ON COLUMN bkg.del_run_id IS 'the van run that delivered it; NULL = not (yet) delivered by us';
COMMENT ON COLUMN bkg.col_run_id IS 'the van run that collected it; NULL = not (yet) collected by us';
COMMENT ON COLUMN bkg.bkg_st IS 'P = provisional (no deposit yet), C = confirmed, D = done (party happened, kit back), X = cancelled (see cxl), L = lapsed (provisional that never got a deposit; the date passed)';
COMMENT ON COLUMN bkg.cxl_dt IS 'date it was called off; NULL = not cancelled';
COMMENT ON COLUMN bkg.src IS 'how they booked: W = website form, F = Facebook message, P = phone, R = repeat customer / word of mouth';
COMMENT ON COLUMN bkg.del_chg IS 'delivery charge included in tot_amt, GBP (0 in Rushden and Higham Ferrers)';
COMMENT ON COLUMN bkg.disc_amt IS 'discount given, GBP (10% for schools and charities, 5 pounds loyalty discount)';
COMMENT ON COLUMN bkg.tot_amt IS 'price agreed for the whole booking, GBP: kit + delivery + overnight fee - discount';
COMMENT ON COLUMN bkg.dep_amt IS 'booking deposit asked, GBP (0 for schools / nurseries and trade, who are invoiced)';

-- ---------------------------------------------------------------- bkg_line (kit on each booking)
CREATE TABLE bkg_line (
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    item_id   smallint NOT NULL REFERENCES item (item_id),
    qty       smallint NOT NULL DEFAULT 1,
    line_amt  numeric(7,2) NOT NULL,
    PRIMARY KEY (bkg_id, item_id)
);
COMMENT ON TABLE bkg_line IS 'The kit on each booking (a castle plus any extras)';
COMMENT ON COLUMN bkg_line.line_amt IS 'price charged for this line, GBP (qty x day rate; safety mats are free for regulars)';

-- ---------------------------------------------------------------- cxl (cancellations)
CREATE TABLE cxl (
    cxl_id      integer PRIMARY KEY,
    bkg_id      integer NOT NULL UNIQUE REFERENCES bkg (bkg_id),
    cxl_dt      date NOT NULL,
    rsn_cd      char(1) NOT NULL,
    wind_mph    smallint,
    dep_outcome char(1) NOT NULL,
    new_bkg_id  integer REFERENCES bkg (bkg_id)
);
COMMENT ON TABLE cxl IS 'Why and how each cancelled booking was called off';
COMMENT ON COLUMN cxl.rsn_cd IS 'W = weather: wind (forecast gusts over 24 mph), R = weather: rain / waterlogged ground, C = customer changed plans, I = illness, V = venue problem (no access, hall double-booked), U = us (kit failed, van broke down)';
COMMENT ON COLUMN cxl.wind_mph IS 'forecast gust speed we went by, mph; only filled in for weather calls';
COMMENT ON COLUMN cxl.dep_outcome IS 'what happened to the deposit: F = refunded in full, P = half refunded, N = kept by us, T = transferred to a new date (see new_bkg_id)';
COMMENT ON COLUMN cxl.new_bkg_id IS 'the booking the party was moved to; NULL = not rebooked';

-- ---------------------------------------------------------------- pmt (money in and out)
CREATE TABLE pmt (
    pmt_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    pmt_typ   char(1) NOT NULL,
    amt       numeric(8,2) NOT NULL,
    pd_dt     date NOT NULL,
    mthd      char(2) NOT NULL
);
COMMENT ON TABLE pmt IS 'Payments received and refunds paid out, per booking';
COMMENT ON COLUMN pmt.pmt_typ IS 'D = deposit, B = balance (or the whole invoice for schools), R = refund (negative amount), H = damage charge paid';
COMMENT ON COLUMN pmt.amt IS 'GBP; refunds are negative';
COMMENT ON COLUMN pmt.mthd IS 'CA = cash, CD = card (SumUp reader or online), BT = bank transfer, PP = PayPal';

-- ---------------------------------------------------------------- dmg_chg (damage charges)
CREATE TABLE dmg_chg (
    dmg_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    item_id   smallint NOT NULL REFERENCES item (item_id),
    rpt_dt    date NOT NULL,
    dmg_cd    char(1) NOT NULL,
    chg_amt   numeric(7,2) NOT NULL,
    waived    boolean NOT NULL DEFAULT false,
    paid_dt   date
);
COMMENT ON TABLE dmg_chg IS 'Damage found when kit came back, and what we charged the customer for it';
COMMENT ON COLUMN dmg_chg.rpt_dt IS 'date the damage was found (at collection)';
COMMENT ON COLUMN dmg_chg.dmg_cd IS 'T = tear / puncture, S = soiling (mud, face paint, silly string: cleaning fee), B = blower damaged, L = lost or missing parts (pegs, mats), V = vandalism';
COMMENT ON COLUMN dmg_chg.chg_amt IS 'amount charged, GBP (0 = looked at, no charge)';
COMMENT ON COLUMN dmg_chg.waived IS 'true = we let the customer off (goodwill)';
COMMENT ON COLUMN dmg_chg.paid_dt IS 'date the customer paid the charge; NULL = not paid';

-- ================================================================ data generation
-- days and the number of parties on each
CREATE TEMP TABLE _d AS
SELECT d::date AS d,
       floor((ARRAY[0.5,0.7,1.0,2.0,3.6,4.6,5.6,5.8,2.8,1.8,0.9,1.2])[extract(month FROM d)::int]
             * (ARRAY[1.45,0.22,0.2,0.22,0.3,0.6,2.0])[extract(dow FROM d)::int + 1]
             * (ARRAY[0.85,1.0,1.15])[extract(year FROM d)::int - 2023]
             * (CASE WHEN d > date '2026-11-30' THEN 0.6 ELSE 1 END)
             * (0.55 + ((hashtext('day' || d::date::text) & 2147483647) % 90) / 100.0)
             + ((hashtext('rnd' || d::date::text) & 2147483647) % 100) / 100.0)::int AS n,
       (hashtext('wind' || d::date::text) & 2147483647) % 100
           < (ARRAY[22,20,16,10,5,4,3,4,7,12,18,22])[extract(month FROM d)::int] AS windy,
       (hashtext('rain' || d::date::text) & 2147483647) % 100
           < (ARRAY[12,10,8,6,5,4,4,5,6,9,12,12])[extract(month FROM d)::int] AS wet
FROM generate_series(date '2024-01-13', date '2026-12-31', interval '1 day') AS d;

-- one row per booking with its main kit category
CREATE TEMP TABLE _b0 AS
SELECT (row_number() OVER (ORDER BY d.d, j))::int AS k, d.d AS event_dt, d.windy, d.wet
FROM _d d CROSS JOIN LATERAL generate_series(1, d.n) AS j;

CREATE TEMP TABLE _b1 AS
SELECT b.*, c.cust_typ, c.pcode, c.town, c.crt_dt,
       CASE WHEN c.cust_typ = 'T' THEN (CASE WHEN b.k % 2 = 0 THEN 'BC' ELSE 'OB' END)
            WHEN m < 48 THEN 'BC' WHEN m < 62 THEN 'CS' WHEN m < 69 THEN 'SL' WHEN m < 76 THEN 'OB'
            WHEN m < 84 THEN 'GM' WHEN m < 94 THEN 'SP' WHEN m < 97 THEN 'FM'
            WHEN b.event_dt >= date '2025-05-01' THEN 'RB' ELSE 'GM' END AS cat
FROM (
    SELECT b.*,
           CASE WHEN b.reg THEN 1 + (hashtext('c' || b.k) & 2147483647) % 250
                ELSE 251 + (((row_number() OVER (PARTITION BY b.reg ORDER BY b.k)) - 1) * 389) % 900 END AS cust_id,
           (hashtext('cat' || b.k) & 2147483647) % 100 AS m
    FROM (SELECT b.*, (b.k * 7) % 10 < 4 AS reg FROM _b0 b) b
) b JOIN cust c ON c.cust_id = b.cust_id;

-- pick the main item: the n-th unit of that category in the fleet on the day (no double booking)
CREATE TEMP TABLE _b2 AS
SELECT b.*,
       (SELECT i.item_id FROM item i
         WHERE i.cat_cd = b.cat AND i.item_id <> 42
           AND i.bought_dt <= b.event_dt AND (i.retired_dt IS NULL OR i.retired_dt > b.event_dt)
         ORDER BY (hashtext(i.item_id || '/' || b.event_dt) & 2147483647)
         OFFSET (b.rn - 1) % (SELECT count(*) FROM item i2
                               WHERE i2.cat_cd = b.cat AND i2.item_id <> 42
                                 AND i2.bought_dt <= b.event_dt AND (i2.retired_dt IS NULL OR i2.retired_dt > b.event_dt))
         LIMIT 1) AS main_item
FROM (SELECT b.*, row_number() OVER (PARTITION BY b.event_dt, b.cat ORDER BY b.k) AS rn FROM _b1 b) b;

-- booking attributes and what happened
CREATE TEMP TABLE _b AS
SELECT b.*,
       CASE WHEN b.cust_typ = 'T' OR (b.cat IN ('SP','FM') AND b.k % 2 = 0) THEN 'S' ELSE 'D' END AS del_mthd,
       CASE WHEN b.cust_typ IN ('S','C') AND b.k % 3 <> 0 THEN 'I'
            WHEN b.k % 5 = 1 THEN 'H' WHEN b.k % 17 = 2 THEN 'I' ELSE 'G' END AS surface,
       CASE WHEN b.k % 10 = 0 THEN (ARRAY['NN10 9RT','NN9 5DX','NN8 3PL','NN29 7QA','NN15 6HH'])[1 + (b.k / 10) % 5]
            ELSE b.pcode END AS venue_pc,
       (b.k % 7 <> 3 AND b.k % 11 <> 5) AS pwr_ok,
       CASE WHEN b.event_dt > date '2026-11-30' THEN
                 CASE WHEN b.k % 3 = 0 AND b.event_dt > date '2026-12-10' THEN 'P' ELSE 'C' END
            WHEN b.k % 157 = 5 THEN 'L' ELSE NULL END AS st0,
       greatest(least(b.event_dt - CASE WHEN b.cust_typ = 'S' THEN 30 + b.k % 90
                                        WHEN b.k % 10 = 0 THEN 100 + b.k % 60
                                        ELSE 2 + (hashtext('lead' || b.k) & 2147483647) % 55 END,
                      date '2026-11-30'),
                b.crt_dt) AS bkg_dt,
       CASE WHEN b.cust_id <= 250 AND b.k % 3 <> 1 THEN 'R'
            ELSE (ARRAY['W','W','W','F','F','P','P','R'])[1 + (hashtext('src' || b.k) & 2147483647) % 8] END AS src
FROM _b2 b;

ALTER TABLE _b ADD COLUMN rsn char(1), ADD COLUMN bkg_st char(1), ADD COLUMN cxl_dt date,
               ADD COLUMN col_slot char(1), ADD COLUMN van_id smallint, ADD COLUMN del_slot char(1),
               ADD COLUMN dep_amt numeric(6,2), ADD COLUMN del_chg numeric(6,2);

UPDATE _b SET rsn = CASE WHEN st0 IS NOT NULL THEN NULL
                         WHEN windy AND surface <> 'I' AND del_mthd = 'D' THEN 'W'
                         WHEN wet AND surface = 'G' AND k % 2 = 0 THEN 'R'
                         WHEN k % 37 = 0 THEN 'C'
                         WHEN k % 59 = 0 THEN 'I'
                         WHEN k % 97 = 0 THEN 'V'
                         WHEN k % 433 = 0 THEN 'U' END;
UPDATE _b SET bkg_st = coalesce(st0, CASE WHEN rsn IS NOT NULL THEN 'X' ELSE 'D' END),
              cxl_dt = CASE rsn WHEN 'W' THEN event_dt - k % 2 WHEN 'R' THEN event_dt - k % 2
                                WHEN 'C' THEN greatest(bkg_dt, event_dt - (3 + k % 25))
                                WHEN 'I' THEN greatest(bkg_dt, event_dt - k % 3)
                                WHEN 'V' THEN greatest(bkg_dt, event_dt - 7)
                                WHEN 'U' THEN event_dt END,
              col_slot = CASE WHEN del_mthd = 'S' THEN NULL
                              WHEN k % 4 = 0 AND event_dt <> date '2026-11-30' THEN 'N' ELSE 'S' END,
              dep_amt = CASE WHEN cust_typ IN ('S','T') THEN 0 ELSE (SELECT i.dep_amt FROM item i WHERE i.item_id = main_item) END,
              del_chg = CASE WHEN del_mthd = 'S' THEN 0
                             WHEN town IN ('Rushden','Higham Ferrers') THEN 0
                             WHEN town IN ('Wellingborough','Irthlingborough','Raunds','Finedon') THEN 10
                             WHEN town IN ('Kettering','Thrapston','Earls Barton') THEN 15
                             ELSE 25 END;

-- vans: the bookings of a day are shared round the vans we had that day, in booking order
UPDATE _b SET van_id = v.van_id
FROM (
    SELECT b.k, (SELECT v.van_id FROM van v
                  WHERE v.bought_dt <= b.event_dt AND (v.sold_dt IS NULL OR v.sold_dt > b.event_dt)
                  ORDER BY v.van_id
                  OFFSET (b.rn - 1) % (SELECT count(*) FROM van v2
                                        WHERE v2.bought_dt <= b.event_dt AND (v2.sold_dt IS NULL OR v2.sold_dt > b.event_dt))
                  LIMIT 1) AS van_id
    FROM (SELECT k, event_dt, row_number() OVER (PARTITION BY event_dt ORDER BY k) AS rn
          FROM _b WHERE del_mthd = 'D') b
) v
WHERE v.k = _b.k;

UPDATE _b SET del_slot = CASE WHEN s.pos = 1 THEN 'E' WHEN s.pos <= 3 THEN 'M' ELSE 'A' END
FROM (SELECT k, row_number() OVER (PARTITION BY event_dt, van_id ORDER BY k) AS pos FROM _b WHERE del_mthd = 'D') s
WHERE s.k = _b.k;

-- kit lines
CREATE TEMP TABLE _l AS
SELECT k, main_item AS item_id, 1 AS qty FROM _b
UNION ALL   -- generator when there is no power (the 2.8 until the old Honda went, else by turn)
SELECT k, CASE WHEN event_dt < date '2024-08-01' THEN (ARRAY[30,32])[1 + k % 2] ELSE (ARRAY[30,31])[1 + k % 2] END, 1
FROM _b WHERE NOT pwr_ok AND del_mthd = 'D' AND main_item NOT IN (26)
UNION ALL
SELECT k, 33, 1 + k % 3 FROM _b WHERE k % 6 = 1
UNION ALL
SELECT k, 34, 2 FROM _b WHERE k % 11 = 3
UNION ALL
SELECT k, CASE WHEN event_dt < date '2024-05-01' THEN 35 + (k / 9) % 2 ELSE 35 + (k / 9) % 3 END, 1
FROM _b WHERE k % 9 = 4 AND cat <> 'FM'
UNION ALL
SELECT k, 39, 1 FROM _b WHERE surface = 'H' AND cat NOT IN ('FM','RB')
UNION ALL
SELECT k, 38, 1 FROM _b WHERE k % 13 = 6 AND surface <> 'I'
UNION ALL   -- a second inflatable for school fairs and fun days
SELECT k, CASE WHEN event_dt < date '2024-06-01' THEN 23 ELSE (ARRAY[23,25])[1 + k % 2] END, 1
FROM _b WHERE cust_typ IN ('S','C','B') AND k % 3 = 0 AND cat NOT IN ('GM');

-- ---------------------------------------------------------------- runs and crews
INSERT INTO run (run_id, run_dt, van_id, run_typ, out_tm, back_tm, drops, miles)
WITH legs AS (
    SELECT k, event_dt AS run_dt, van_id, 'D' AS run_typ FROM _b
    WHERE del_mthd = 'D' AND bkg_st = 'D'
    UNION ALL
    SELECT k, event_dt + CASE WHEN col_slot = 'N' THEN 1 ELSE 0 END, van_id, CASE WHEN col_slot = 'N' THEN 'N' ELSE 'C' END
    FROM _b WHERE del_mthd = 'D' AND bkg_st = 'D'
), r AS (
    SELECT run_dt, van_id, run_typ, count(*) AS drops,
           sum(4 + (hashtext('mi' || k || run_typ) & 2147483647) % 19) AS mi
    FROM legs GROUP BY run_dt, van_id, run_typ
)
SELECT row_number() OVER (ORDER BY run_dt, CASE run_typ WHEN 'N' THEN 1 WHEN 'D' THEN 2 ELSE 3 END, van_id),
       run_dt, van_id, run_typ,
       ot,
       CASE WHEN (hashtext('bt' || run_dt || van_id || run_typ) & 2147483647) % 100 < 4 THEN NULL
            ELSE ot + make_interval(mins => (30 + drops * 40 + (hashtext('bm' || run_dt || van_id) & 2147483647) % 35)::int) END,
       drops,
       CASE WHEN (hashtext('mr' || run_dt || van_id || run_typ) & 2147483647) % 100 < 3 THEN NULL
            ELSE mi + ((hashtext('md' || run_dt || van_id) & 2147483647) % 10) / 10.0 END
FROM (SELECT r.*, CASE run_typ WHEN 'D' THEN time '07:00' WHEN 'N' THEN time '08:30' ELSE time '18:00' END
                  + make_interval(mins => (van_id - 1) * 15) AS ot
      FROM r) r;

INSERT INTO run_crew (run_id, staff_id, is_drv)
WITH drv AS (
    SELECT r.run_id, s.staff_id,
           row_number() OVER (PARTITION BY r.run_id ORDER BY (hashtext('drv' || r.run_id || '-' || s.staff_id) & 2147483647)) AS o
    FROM run r JOIN staff s ON s.role_cd IN ('O','D')
        AND s.hire_dt <= r.run_dt AND (s.left_dt IS NULL OR s.left_dt >= r.run_dt)
        AND (s.c1_lic OR r.van_id NOT IN (1, 4))
), crw AS (
    SELECT r.run_id, r.drops, s.staff_id,
           row_number() OVER (PARTITION BY r.run_id ORDER BY (hashtext('crw' || r.run_id || '-' || s.staff_id) & 2147483647)) AS o
    FROM run r JOIN staff s ON (s.role_cd = 'C'
                                OR (s.role_cd = 'S' AND extract(month FROM r.run_dt) BETWEEN 5 AND 9
                                    AND extract(dow FROM r.run_dt) IN (0, 5, 6)))
        AND s.hire_dt <= r.run_dt AND (s.left_dt IS NULL OR s.left_dt >= r.run_dt)
)
SELECT run_id, staff_id, true FROM drv WHERE o = 1
UNION ALL
SELECT run_id, staff_id, false FROM crw WHERE o <= CASE WHEN drops >= 3 THEN 2 ELSE 1 END;

-- ---------------------------------------------------------------- bookings
INSERT INTO bkg (bkg_id, cust_id, bkg_dt, event_dt, venue_pc, surface, pwr_ok, del_mthd, del_slot, col_slot,
                 del_run_id, col_run_id, bkg_st, cxl_dt, src, del_chg, disc_amt, tot_amt, dep_amt)
SELECT b.k, b.cust_id, b.bkg_dt, b.event_dt, b.venue_pc, b.surface, b.pwr_ok, b.del_mthd, b.del_slot, b.col_slot,
       rd.run_id, rc.run_id, b.bkg_st, b.cxl_dt, b.src, b.del_chg, x.disc,
       x.kit + b.del_chg + CASE WHEN b.col_slot = 'N' THEN 20 ELSE 0 END - x.disc,
       b.dep_amt
FROM _b b
CROSS JOIN LATERAL (
    SELECT s.kit,
           CASE WHEN b.cust_typ IN ('S','C') THEN round(s.kit * 0.10, 2)
                WHEN b.src = 'R' AND b.k % 8 = 0 THEN 5.00 ELSE 0.00 END AS disc
    FROM (SELECT sum(l.qty * i.day_rate
                     * CASE WHEN l.item_id = 39 AND b.cust_id <= 250 THEN 0 ELSE 1 END) AS kit
          FROM _l l JOIN item i ON i.item_id = l.item_id WHERE l.k = b.k) s
) x
LEFT JOIN run rd ON b.bkg_st = 'D' AND b.del_mthd = 'D'
                AND rd.run_dt = b.event_dt AND rd.van_id = b.van_id AND rd.run_typ = 'D'
LEFT JOIN run rc ON b.bkg_st = 'D' AND b.del_mthd = 'D'
                AND rc.run_dt = b.event_dt + CASE WHEN b.col_slot = 'N' THEN 1 ELSE 0 END
                AND rc.van_id = b.van_id AND rc.run_typ = CASE WHEN b.col_slot = 'N' THEN 'N' ELSE 'C' END;

INSERT INTO bkg_line (bkg_id, item_id, qty, line_amt)
SELECT l.k, l.item_id, l.qty,
       l.qty * i.day_rate * CASE WHEN l.item_id = 39 AND b.cust_id <= 250 THEN 0 ELSE 1 END
FROM _l l JOIN item i ON i.item_id = l.item_id JOIN _b b ON b.k = l.k;

-- customers created when they first booked (imported regulars keep their January 2024 date);
-- customers who only asked for a quote were created on the enquiry date
UPDATE cust c SET crt_dt = f.first_bkg
FROM (SELECT cust_id, min(bkg_dt) AS first_bkg FROM bkg GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id AND c.cust_id > 250;
UPDATE cust SET crt_dt = date '2024-02-01' + ((cust_id - 1151) * 37) % 1000
WHERE cust_id > 1150;

-- ---------------------------------------------------------------- cancellations
INSERT INTO cxl (cxl_id, bkg_id, cxl_dt, rsn_cd, wind_mph, dep_outcome, new_bkg_id)
SELECT row_number() OVER (ORDER BY b.cxl_dt, b.bkg_id), b.bkg_id, b.cxl_dt, x.rsn,
       CASE WHEN x.rsn = 'W' THEN 25 + (b.bkg_id * 7) % 19
            WHEN x.rsn = 'R' AND b.bkg_id % 3 = 0 THEN 12 + b.bkg_id % 9 END,
       CASE WHEN x.rsn IN ('W','R') AND nb.bkg_id IS NOT NULL AND b.bkg_id % 2 = 0 THEN 'T'
            WHEN x.rsn IN ('W','R','U') THEN 'F'
            WHEN x.rsn = 'I' THEN 'P'
            WHEN x.rsn = 'V' AND b.bkg_id % 2 = 0 THEN 'F'
            ELSE 'N' END,
       CASE WHEN x.rsn IN ('W','R') AND b.bkg_id % 2 = 0 THEN nb.bkg_id END
FROM _b x JOIN bkg b ON b.bkg_id = x.k
LEFT JOIN LATERAL (
    SELECT n.bkg_id FROM bkg n
    WHERE n.cust_id = b.cust_id AND n.event_dt > b.event_dt AND n.event_dt <= b.event_dt + 180
      AND n.bkg_st IN ('C','D')
    ORDER BY n.event_dt LIMIT 1
) nb ON true
WHERE b.bkg_st = 'X';

-- ---------------------------------------------------------------- damage charges
INSERT INTO dmg_chg (dmg_id, bkg_id, item_id, rpt_dt, dmg_cd, chg_amt, waived, paid_dt)
SELECT row_number() OVER (ORDER BY rpt_dt, bkg_id), bkg_id, item_id, rpt_dt, cd, amt, waived,
       CASE WHEN waived OR amt = 0 OR bkg_id % 5 = 0 THEN NULL
            WHEN rpt_dt + 3 + bkg_id % 20 > date '2026-11-30' THEN NULL
            ELSE rpt_dt + 3 + bkg_id % 20 END
FROM (
    SELECT b.bkg_id, x.main_item AS item_id,
           b.event_dt + CASE WHEN b.col_slot = 'N' OR b.del_mthd = 'S' THEN 1 ELSE 0 END AS rpt_dt,
           c.cd,
           CASE c.cd WHEN 'T' THEN 40 + (b.bkg_id * 13) % 111
                     WHEN 'S' THEN CASE WHEN b.bkg_id % 4 = 0 THEN 0 ELSE 25 + (b.bkg_id % 4) * 5 END
                     WHEN 'B' THEN 85 + (b.bkg_id % 3) * 15
                     WHEN 'L' THEN 10 + (b.bkg_id % 3) * 10
                     ELSE 350 END::numeric(7,2) AS amt,
           b.cust_id <= 250 AND b.bkg_id % 4 = 1 AS waived
    FROM bkg b JOIN _b x ON x.k = b.bkg_id
    CROSS JOIN LATERAL (
        SELECT CASE WHEN b.bkg_id = 1307 THEN 'V'
                    ELSE (ARRAY['T','T','T','S','S','S','S','B','L','L'])[1 + (hashtext('dc' || b.bkg_id) & 2147483647) % 10] END AS cd
    ) c
    WHERE b.bkg_st = 'D'
      AND ((hashtext('dmg' || b.bkg_id) & 2147483647) % 100 < 5 OR b.bkg_id = 1307)
      AND x.cat NOT IN ('FM')
) d;

-- ---------------------------------------------------------------- payments
INSERT INTO pmt (pmt_id, bkg_id, pmt_typ, amt, pd_dt, mthd)
SELECT row_number() OVER (ORDER BY pd_dt, bkg_id, ord), bkg_id, typ, amt, pd_dt, mthd
FROM (
    -- deposits, when the booking was taken
    SELECT b.bkg_id, 1 AS ord, 'D' AS typ, b.dep_amt AS amt, b.bkg_dt AS pd_dt,
           CASE WHEN b.bkg_id % 10 < 5 THEN 'CD' WHEN b.bkg_id % 10 < 8 THEN 'BT' WHEN b.bkg_id % 10 = 8 THEN 'PP' ELSE 'CA' END AS mthd
    FROM bkg b WHERE b.dep_amt > 0 AND b.bkg_st IN ('C','D','X')
    UNION ALL
    -- balances: schools by invoice afterwards, others on the day or just before
    SELECT b.bkg_id, 2, 'B', b.tot_amt - b.dep_amt,
           CASE WHEN c.cust_typ IN ('S','T') THEN b.event_dt + 14 + b.bkg_id % 30
                WHEN b.bkg_id % 10 < 7 THEN b.event_dt
                ELSE greatest(b.bkg_dt, b.event_dt - 2) END,
           CASE WHEN c.cust_typ IN ('S','T') OR b.bkg_id % 10 >= 7 THEN 'BT' WHEN b.bkg_id % 10 < 4 THEN 'CA' ELSE 'CD' END
    FROM bkg b JOIN cust c ON c.cust_id = b.cust_id
    WHERE b.bkg_st = 'D' AND b.bkg_id % 89 <> 7
      AND (c.cust_typ NOT IN ('S','T') OR b.event_dt + 14 + b.bkg_id % 30 <= date '2026-11-30')
    UNION ALL
    -- refunds on cancellations
    SELECT b.bkg_id, 3, 'R',
           -CASE x.dep_outcome WHEN 'F' THEN b.dep_amt ELSE round(b.dep_amt / 2, 2) END,
           x.cxl_dt + 1 + b.bkg_id % 5,
           CASE WHEN b.bkg_id % 10 < 5 THEN 'CD' WHEN b.bkg_id % 10 < 8 THEN 'BT' WHEN b.bkg_id % 10 = 8 THEN 'PP' ELSE 'BT' END
    FROM bkg b JOIN cxl x ON x.bkg_id = b.bkg_id
    WHERE x.dep_outcome IN ('F','P') AND b.dep_amt > 0 AND x.cxl_dt + 1 + b.bkg_id % 5 <= date '2026-11-30'
    UNION ALL
    -- damage charges paid
    SELECT d.bkg_id, 4, 'H', d.chg_amt, d.paid_dt, CASE WHEN d.dmg_id % 3 = 0 THEN 'CA' ELSE 'BT' END
    FROM dmg_chg d WHERE d.paid_dt IS NOT NULL
) p;

DROP TABLE _l;
DROP TABLE _b;
DROP TABLE _b2;
DROP TABLE _b1;
DROP TABLE _b0;
DROP TABLE _d;
