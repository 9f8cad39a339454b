-- Ashcombe & Wenford Railway - the volunteer-run steam railway on the old 9-mile branch
-- from Ashcombe to Wenford (Haddon Bridge and Kelsey Halt in between).
-- We own a handful of steam and diesel engines and a rake of old BR carriages; some engines
-- are away at the works for overhaul, a few are on loan to us from other lines.
-- Trains only run on operating days: ordinary running days (weekends April to October,
-- summer holiday midweeks, February half-term, November Sundays, New Year's Day), the
-- spring and autumn steam galas, Santa specials in December and the odd private charter.
-- Each train has an engine, a driver, a fireman (not on the diesels) and a guard, all
-- volunteers. Tickets (adult, child, family, senior, dog) are sold at the booking office
-- or online, and we claim Gift Aid where the passenger lets us.
-- The loco dept books the coal each engine burns per day, in tonnes. The shop sells
-- books, models, souvenirs and sweets. Volunteers book their hours per shift, their
-- competences (driver, fireman, guard, track safety) have to be renewed, and so do the
-- boiler tickets on the steam engines.

DROP TABLE IF EXISTS shop_sales;
DROP TABLE IF EXISTS shop_stock;
DROP TABLE IF EXISTS duty_log;
DROP TABLE IF EXISTS vol_grade;
DROP TABLE IF EXISTS coal_log;
DROP TABLE IF EXISTS tickets;
DROP TABLE IF EXISTS services;
DROP TABLE IF EXISTS volunteers;
DROP TABLE IF EXISTS op_day;
DROP TABLE IF EXISTS carriages;
DROP TABLE IF EXISTS boiler_cert;
DROP TABLE IF EXISTS locos;

-- ---------------------------------------------------------------------------------------
CREATE TABLE locos (
    loco_id     int PRIMARY KEY,
    running_no  text NOT NULL,
    loco_name   text,
    traction    char(1) NOT NULL,
    wheel_arr   text,
    built_yr    int,
    owner       text,
    on_loan     boolean NOT NULL DEFAULT false,
    loan_from   text,
    st          char(1) NOT NULL,
    notes       text
);
COMMENT ON TABLE locos IS 'Every engine on the railway, ours and the ones on loan to us';
COMMENT ON COLUMN locos.running_no IS 'Number painted on the engine, e.g. 4566 or D7523';
COMMENT ON COLUMN locos.loco_name IS 'Name if she carries one (most diesels don''t)';
COMMENT ON COLUMN locos.traction IS 'S = steam, D = diesel';
COMMENT ON COLUMN locos.wheel_arr IS 'Wheel arrangement (Whyte for steam, e.g. 2-6-2T)';
COMMENT ON COLUMN locos.on_loan IS 'True if the engine is on loan to us from another line';
COMMENT ON COLUMN locos.loan_from IS 'Which railway lent her to us';
COMMENT ON COLUMN locos.st IS 'Status: T = in traffic, O = away for overhaul, S = stored / out of use';

CREATE TABLE boiler_cert (
    cert_id     int PRIMARY KEY,
    loco_id     int NOT NULL REFERENCES locos(loco_id),
    cert_ref    text NOT NULL,
    cert_type   char(1) NOT NULL,
    issued_dt   date NOT NULL,
    expiry_dt   date NOT NULL,
    inspector   text,
    notes       text
);
COMMENT ON TABLE boiler_cert IS 'Boiler tickets (certificates) for the steam engines - new row each time one is issued';
COMMENT ON COLUMN boiler_cert.cert_type IS 'F = full 10-year ticket after a heavy overhaul, X = extension granted by the boiler inspector';
COMMENT ON COLUMN boiler_cert.expiry_dt IS 'Last day the engine may be steamed on this ticket';

CREATE TABLE carriages (
    carr_id       int PRIMARY KEY,
    fleet_no      text NOT NULL,
    carr_type     char(1) NOT NULL,
    seats         int NOT NULL,
    built_yr      int,
    livery        text,
    in_service    boolean NOT NULL,
    last_ovhl_dt  date,
    notes         text
);
COMMENT ON TABLE carriages IS 'Passenger carriages and brake vans';
COMMENT ON COLUMN carriages.carr_type IS 'C = compartment, O = open saloon, B = brake (guard''s van, some with seats), R = buffet / restaurant';
COMMENT ON COLUMN carriages.in_service IS 'False while she is in the carriage shed waiting for work';
COMMENT ON COLUMN carriages.last_ovhl_dt IS 'Date of last overhaul in our works; empty if never done by us';

CREATE TABLE op_day (
    day_id      int PRIMARY KEY,
    run_dt      date NOT NULL UNIQUE,
    day_type    char(1) NOT NULL,
    timetable   text,
    notes       text
);
COMMENT ON TABLE op_day IS 'Operating days - the days the railway is open and trains are timetabled';
COMMENT ON COLUMN op_day.day_type IS 'N = normal running day, G = steam gala, S = Santa special, C = private charter';
COMMENT ON COLUMN op_day.timetable IS 'Which timetable leaflet colour was used';

CREATE TABLE volunteers (
    vol_id      int PRIMARY KEY,
    forename    text NOT NULL,
    surname     text NOT NULL,
    email       text,
    home_dept   char(1) NOT NULL,
    joined_dt   date NOT NULL,
    left_dt     date,
    member      boolean NOT NULL,
    notes       text
);
COMMENT ON TABLE volunteers IS 'Everyone who volunteers with us, past and present';
COMMENT ON COLUMN volunteers.home_dept IS 'Dept: L = loco (footplate and shed), T = traffic (guards, booking office), S = shop, P = permanent way, C = carriage & wagon';
COMMENT ON COLUMN volunteers.left_dt IS 'Date they stopped volunteering; empty while still with us';
COMMENT ON COLUMN volunteers.member IS 'Paid-up member of the Supporters'' Association';

CREATE TABLE services (
    svc_id      int PRIMARY KEY,
    day_id      int NOT NULL REFERENCES op_day(day_id),
    dep_time    time NOT NULL,
    dep_stn     text NOT NULL,
    loco_id     int NOT NULL REFERENCES locos(loco_id),
    driver_id   int NOT NULL REFERENCES volunteers(vol_id),
    fireman_id  int REFERENCES volunteers(vol_id),
    guard_id    int NOT NULL REFERENCES volunteers(vol_id),
    st          char(1) NOT NULL,
    mins_late   int,
    notes       text
);
COMMENT ON TABLE services IS 'Timetabled trains (round trips) on each operating day, with the engine and crew rostered';
COMMENT ON COLUMN services.fireman_id IS 'Empty on diesel turns - no fireman needed';
COMMENT ON COLUMN services.st IS 'R = ran (under 5 mins down), L = ran late (5 mins or more), X = cancelled';
COMMENT ON COLUMN services.mins_late IS 'Minutes late back into Ashcombe; empty if cancelled';

CREATE TABLE tickets (
    tkt_id      int PRIMARY KEY,
    svc_id      int NOT NULL REFERENCES services(svc_id),
    booking_ref text NOT NULL,
    tkt_type    char(1) NOT NULL,
    chan        char(1) NOT NULL,
    fare_amt    numeric(7,2) NOT NULL,
    gift_aid    boolean NOT NULL DEFAULT false,
    bought_dt   date NOT NULL,
    refund_dt   date,
    notes       text
);
COMMENT ON TABLE tickets IS 'One row per ticket issued, against the train the passenger travels on';
COMMENT ON COLUMN tickets.tkt_type IS 'A = adult, C = child, F = family (2+2), S = senior, D = dog';
COMMENT ON COLUMN tickets.chan IS 'Where sold: B = booking office on the day, O = online';
COMMENT ON COLUMN tickets.fare_amt IS 'Price paid in pounds; 0 for complimentary tickets';
COMMENT ON COLUMN tickets.gift_aid IS 'Passenger made a Gift Aid declaration';
COMMENT ON COLUMN tickets.bought_dt IS 'Date the ticket was sold';
COMMENT ON COLUMN tickets.refund_dt IS 'Date the money was given back; empty if not refunded';

CREATE TABLE coal_log (
    log_id      int PRIMARY KEY,
    loco_id     int NOT NULL REFERENCES locos(loco_id),
    log_dt      date NOT NULL,
    coal_t      numeric(5,2) NOT NULL,
    notes       text
);
COMMENT ON TABLE coal_log IS 'Coal drawn by each steam engine per day, booked by the shed';
COMMENT ON COLUMN coal_log.coal_t IS 'Coal used that day in tonnes';

CREATE TABLE vol_grade (
    grade_id    int PRIMARY KEY,
    vol_id      int NOT NULL REFERENCES volunteers(vol_id),
    grade       char(1) NOT NULL,
    passed_dt   date NOT NULL,
    expiry_dt   date NOT NULL,
    assessor    text
);
COMMENT ON TABLE vol_grade IS 'Competence register - what each volunteer is passed for and until when';
COMMENT ON COLUMN vol_grade.grade IS 'D = driver, F = fireman, G = guard, P = personal track safety (PTS)';
COMMENT ON COLUMN vol_grade.passed_dt IS 'Date last assessed';
COMMENT ON COLUMN vol_grade.expiry_dt IS 'Competence runs out after this day unless reassessed';

CREATE TABLE duty_log (
    shift_id    int PRIMARY KEY,
    vol_id      int NOT NULL REFERENCES volunteers(vol_id),
    shift_dt    date NOT NULL,
    duty        char(1) NOT NULL,
    hrs         numeric(4,2) NOT NULL,
    notes       text
);
COMMENT ON TABLE duty_log IS 'Hours booked by volunteers, one row per shift';
COMMENT ON COLUMN duty_log.duty IS 'D = driver, F = fireman, G = guard, B = booking office, S = shop, P = permanent way gang, C = carriage & wagon works';
COMMENT ON COLUMN duty_log.hrs IS 'Hours worked on the shift incl. preparation and disposal';

CREATE TABLE shop_stock (
    item_id      int PRIMARY KEY,
    sku          text NOT NULL,
    descr        text NOT NULL,
    cat          char(1) NOT NULL,
    price        numeric(7,2) NOT NULL,
    discontinued boolean NOT NULL DEFAULT false,
    supplier     text
);
COMMENT ON TABLE shop_stock IS 'Lines stocked in the station shop at Ashcombe';
COMMENT ON COLUMN shop_stock.cat IS 'B = books, M = models & kits, S = souvenirs, C = confectionery & drinks';
COMMENT ON COLUMN shop_stock.price IS 'Current shelf price in pounds';
COMMENT ON COLUMN shop_stock.discontinued IS 'No longer stocked - sell through and don''t reorder';

CREATE TABLE shop_sales (
    sale_id     int PRIMARY KEY,
    item_id     int NOT NULL REFERENCES shop_stock(item_id),
    sale_dt     date NOT NULL,
    qty         int NOT NULL,
    unit_price  numeric(7,2) NOT NULL,
    disc_pct    numeric(5,2) NOT NULL DEFAULT 0,
    pay         char(1) NOT NULL
);
COMMENT ON TABLE shop_sales IS 'Shop till lines';
COMMENT ON COLUMN shop_sales.unit_price IS 'Shelf price at the time of sale, before discount';
COMMENT ON COLUMN shop_sales.disc_pct IS 'Discount in percent: 10 = volunteer discount, 25 = shop-soiled';
COMMENT ON COLUMN shop_sales.pay IS 'C = cash, K = card';

-- ---------------------------------------------------------------------------------------
INSERT INTO locos VALUES
 (1,  '4566',  'Dunster',          'S', '2-6-2T',  1924, 'Ashcombe Loco Trust',   false, NULL, 'T', NULL),
 (2,  '7812',  'Kelsey Manor',     'S', '4-6-0',   1939, 'Manor Loco Group',      false, NULL, 'T', 'Too heavy for Wenford turntable - runs tender first back'),
 (3,  '1450',  'Wenford',          'S', '0-4-2T',  1935, 'Railway',               false, NULL, 'T', NULL),
 (4,  '3205',  'Haddon',           'S', '0-6-0',   1946, 'Brecon Vale Railway',   true,  'Brecon Vale Railway', 'T', 'Loan agreed to end of 2027'),
 (5,  '6412',  'Lady Margaret',    'S', '0-6-0PT', 1934, 'Railway',               false, NULL, 'O', 'Ticket ran out 31/8/2025, at Tyseley for heavy overhaul'),
 (6,  '30587', 'Merlin',           'S', '2-4-0WT', 1874, 'Railway',               false, NULL, 'S', 'Static display in Ashcombe goods shed'),
 (7,  '2807',  'Hercules',         'S', '2-8-0',   1905, 'Tanfield Valley Railway', true, 'Tanfield Valley Railway', 'T', NULL),
 (8,  '9466',  'Vulcan',           'S', '0-6-0PT', 1952, 'Railway',               false, NULL, 'T', NULL),
 (9,  '47324', 'Betsy',            'S', '0-6-0T',  1926, 'Severn Dale Railway',   true,  'Severn Dale Railway', 'T', 'Arrived March 2025'),
 (10, 'D7523', NULL,               'D', 'Bo-Bo',   1965, 'Ashcombe Diesel Group', false, NULL, 'T', NULL),
 (11, 'D3022', NULL,               'D', '0-6-0DE', 1953, 'Railway',               false, NULL, 'T', 'Yard shunter only'),
 (12, 'D1010', 'Western Pilgrim',  'D', 'C-C',     1962, 'Western Loco Assn',     false, NULL, 'O', 'Engine rebuild, due back 2027'),
 (13, '03144', 'Tom',              'D', '0-6-0DM', 1960, 'Railway',               false, NULL, 'S', 'Awaiting gearbox');

INSERT INTO boiler_cert VALUES
 (1,  1, 'AWR/BC/0007', 'F', '2009-05-12', '2019-05-11', 'HSB Engineering', NULL),
 (2,  1, 'AWR/BC/0019', 'F', '2019-05-10', '2029-05-09', 'HSB Engineering', NULL),
 (3,  2, 'AWR/BC/0012', 'F', '2017-03-02', '2027-03-01', 'HSB Engineering', NULL),
 (4,  3, 'AWR/BC/0010', 'F', '2016-06-15', '2026-06-14', 'Allianz', NULL),
 (5,  3, 'AWR/BC/0031', 'X', '2026-06-10', '2027-06-14', 'Allianz', 'One year extension after steam test'),
 (6,  4, 'BVR/114',     'F', '2017-07-02', '2027-07-01', 'Zurich', 'Ticket held by owning railway'),
 (7,  5, 'AWR/BC/0004', 'F', '2005-09-01', '2015-08-31', 'HSB Engineering', NULL),
 (8,  5, 'AWR/BC/0009', 'F', '2015-09-01', '2025-08-31', 'HSB Engineering', 'Expired - engine withdrawn for overhaul'),
 (9,  6, 'AWR/BC/0002', 'F', '2008-07-01', '2018-06-30', 'HSB Engineering', 'Not renewed - display only'),
 (10, 7, 'TVR/2807/2',  'F', '2018-01-01', '2027-12-31', 'Zurich', NULL),
 (11, 8, 'AWR/BC/0014', 'F', '2017-01-02', '2027-01-01', 'Allianz', NULL),
 (12, 9, 'SDR/47324/1', 'F', '2016-11-20', '2026-11-19', 'Zurich', NULL),
 (13, 9, 'SDR/47324/2', 'X', '2026-11-05', '2027-05-19', 'Zurich', 'Six month extension');

INSERT INTO carriages VALUES
 (1,  '3821',  'C', 48, 1957, 'BR Maroon',          true,  '2019-03-14', NULL),
 (2,  '3844',  'C', 48, 1957, 'BR Maroon',          true,  '2021-02-02', NULL),
 (3,  '4012',  'O', 64, 1956, 'BR Maroon',          true,  '2020-11-20', NULL),
 (4,  '4598',  'O', 64, 1959, 'BR Maroon',          true,  NULL,         'Ex Severn Dale, arrived 2023'),
 (5,  '4711',  'O', 64, 1961, 'Chocolate & Cream',  true,  '2024-04-01', NULL),
 (6,  '4720',  'O', 64, 1961, 'Chocolate & Cream',  false, '2012-06-30', 'Body rot in lower panels - waiting for a slot'),
 (7,  '34201', 'B', 24, 1955, 'BR Maroon',          true,  '2018-08-08', NULL),
 (8,  '34355', 'B', 24, 1956, 'Chocolate & Cream',  true,  '2023-01-01', NULL),
 (9,  '80855', 'B', 0,  1958, 'BR Blue',            true,  NULL,         'Full brake - bikes and prams'),
 (10, '1843',  'R', 23, 1960, 'Chocolate & Cream',  true,  '2022-05-17', 'Buffet car'),
 (11, '5213',  'C', 42, 1962, 'Carmine & Cream',    false, NULL,         'Bogie fracture found at exam'),
 (12, '4946',  'O', 64, 1962, 'BR Maroon',          true,  '2025-03-01', NULL),
 (13, '3876',  'C', 48, 1958, 'Carmine & Cream',    true,  '2016-10-10', NULL),
 (14, '21210', 'B', 24, 1963, 'BR Maroon',          false, '2010-04-04', 'Stripped for rewire'),
 (15, '4832',  'O', 64, 1961, 'BR Maroon',          true,  '2024-12-31', NULL),
 (16, '1891',  'R', 23, 1961, 'BR Maroon',          false, NULL,         'Kitchen out of use - gas certificate'),
 (17, '3902',  'C', 48, 1959, 'Chocolate & Cream',  true,  '2026-02-20', NULL),
 (18, '4475',  'O', 64, 1958, 'Chocolate & Cream',  true,  NULL,         NULL),
 (19, '9298',  'O', 55, 1955, 'BR Maroon',          false, '2014-09-12', 'Wheelchair saloon - lift needs repair'),
 (20, '35110', 'B', 24, 1965, 'BR Maroon',          true,  '2025-10-10', NULL);

-- Operating days ------------------------------------------------------------------------
INSERT INTO op_day (day_id, run_dt, day_type, timetable, notes)
SELECT row_number() OVER (ORDER BY dt)::int, dt, typ,
       CASE typ WHEN 'G' THEN 'Gala' WHEN 'S' THEN 'Santa' WHEN 'C' THEN 'Charter'
                ELSE CASE WHEN extract(month FROM dt) IN (7, 8) AND extract(isodow FROM dt) < 6 THEN 'Blue'
                          WHEN extract(month FROM dt) IN (1, 2, 11) THEN 'Red'
                          ELSE 'Green' END END,
       CASE WHEN dt = date '2025-08-13' THEN 'No trains ran - track fault at Haddon Bridge'
            WHEN extract(month FROM dt) = 1 AND extract(day FROM dt) = 1 THEN 'New Year''s Day mince pie specials'
            WHEN typ = 'G' AND extract(month FROM dt) = 5 THEN 'Spring steam gala'
            WHEN typ = 'G' THEN 'Autumn steam gala'
            WHEN typ = 'C' THEN 'Private charter - evening'
            END
FROM (
  SELECT dt,
         CASE
           WHEN dt IN (date '2024-05-11', date '2024-05-12', date '2024-09-27', date '2024-09-28', date '2024-09-29',
                       date '2025-05-10', date '2025-05-11', date '2025-09-26', date '2025-09-27', date '2025-09-28',
                       date '2026-05-09', date '2026-05-10', date '2026-09-25', date '2026-09-26', date '2026-09-27') THEN 'G'
           WHEN m = 12 AND dd <= 24 AND (dow IN (6, 7) OR dd IN (22, 23, 24)) THEN 'S'
           WHEN m = 6 AND dow = 5 AND dd <= 7 THEN 'C'
           WHEN m = 1 AND dd = 1 THEN 'N'
           WHEN m = 2 AND dd BETWEEN 15 AND 21 AND dow IN (3, 6, 7) THEN 'N'
           WHEN m BETWEEN 4 AND 10 AND dow IN (6, 7) THEN 'N'
           WHEN m = 11 AND dow = 7 THEN 'N'
           WHEN ((m = 7 AND dd >= 20) OR m = 8) AND dow IN (2, 3, 4) THEN 'N'
         END AS typ
  FROM (
    SELECT g::date AS dt, extract(month FROM g)::int AS m, extract(day FROM g)::int AS dd,
           extract(isodow FROM g)::int AS dow
    FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') g
  ) cal
) x
WHERE typ IS NOT NULL;

-- Volunteers ----------------------------------------------------------------------------
INSERT INTO volunteers (vol_id, forename, surname, email, home_dept, joined_dt, left_dt, member, notes)
SELECT i, fn, sn,
       CASE WHEN i % 9 = 5 THEN NULL
            ELSE lower(fn) || '.' || lower(sn) || CASE i % 3 WHEN 0 THEN '@gmail.com' WHEN 1 THEN '@btinternet.com' ELSE '@outlook.com' END END,
       CASE WHEN i <= 22 THEN 'L' WHEN i <= 40 THEN 'T' WHEN i <= 48 THEN 'S' WHEN i <= 60 THEN 'P' WHEN i <= 70 THEN 'C' ELSE 'L' END,
       CASE WHEN i = 71 THEN date '2026-10-04'
            WHEN i = 72 THEN date '2026-11-14'
            WHEN i <= 32 THEN date '1995-03-01' + (i * 263 % 9000)
            ELSE date '2010-01-01' + (i * 397 % 6000) END,
       CASE i WHEN 22 THEN date '2025-04-30' WHEN 30 THEN date '2025-06-30' WHEN 36 THEN date '2024-09-30'
              WHEN 44 THEN date '2026-01-31' WHEN 55 THEN date '2025-03-31' WHEN 66 THEN date '2024-12-31' END,
       i % 4 <> 0,
       CASE i WHEN 71 THEN 'Trainee cleaner' WHEN 72 THEN 'Trainee cleaner, under 18' WHEN 30 THEN 'Moved away'
              WHEN 22 THEN 'Moved to the Severn Dale' END
FROM (
  SELECT i,
         (ARRAY['John','Peter','David','Michael','Susan','Margaret','Richard','Alan','Graham','Christine',
                'Ian','Brian','Helen','Keith','Robert','Janet','Colin','Stephen','Andrew','Pauline',
                'Trevor','Gillian','Nigel','Barry','Sarah','Tom','Emily','Jack','Ruth','Derek'])[1 + (i * 7 % 30)] AS fn,
         (ARRAY['Smith','Hughes','Pritchard','Cole','Barnes','Whitfield','Morgan','Hollis','Dunn','Ashby',
                'Fletcher','Reeves','Tanner','Yates','Lomax','Carver','Bishop','Newell','Price','Stokes',
                'Fairclough','Greaves','Hutton','Kemp','Lister','Marsh','Naylor','Oakes','Pike','Quayle',
                'Rudd','Sykes','Thorne','Upton','Vickers','Wade','Wragg','Boyce','Catt','Dyer'])[1 + (i * 11 % 40)] AS sn
  FROM generate_series(1, 72) i
) v;

-- Competence register: drivers 1-10, firemen 11-22, guards 23-32, PTS for the p-way gang 49-60
INSERT INTO vol_grade (grade_id, vol_id, grade, passed_dt, expiry_dt, assessor)
SELECT row_number() OVER (ORDER BY vol_id)::int, vol_id, grade, passed, expiry, assessor
FROM (
  SELECT vol_id, grade,
         CASE vol_id WHEN 4 THEN date '2022-10-01' WHEN 8 THEN date '2023-03-01' WHEN 15 THEN date '2023-04-01'
                     WHEN 27 THEN date '2021-11-01' WHEN 30 THEN date '2023-01-01' WHEN 55 THEN date '2022-07-01'
                     ELSE greatest(date '2024-01-15' + (vol_id * 47 % 900), joined_dt + 45) END AS passed,
         CASE vol_id WHEN 4 THEN date '2025-09-30' WHEN 8 THEN date '2026-02-28' WHEN 15 THEN date '2026-03-31'
                     WHEN 27 THEN date '2024-10-31' WHEN 30 THEN date '2025-12-31' WHEN 55 THEN date '2025-06-30'
                     ELSE (greatest(date '2024-01-15' + (vol_id * 47 % 900), joined_dt + 45) + interval '3 years' - interval '1 day')::date END AS expiry,
         CASE WHEN grade IN ('D', 'F') THEN 'R. Hollis (Loco Inspector)'
              WHEN grade = 'G' THEN 'M. Reeves (Traffic Manager)'
              ELSE 'Network Rail PTS course' END AS assessor
  FROM (
    SELECT v AS vol_id, CASE WHEN v <= 10 THEN 'D' WHEN v <= 22 THEN 'F' WHEN v <= 32 THEN 'G' ELSE 'P' END AS grade
    FROM generate_series(1, 60) v
    WHERE v <= 32 OR v >= 49
  ) g
  JOIN volunteers USING (vol_id)
) x;

-- Services: one engine in steam on normal days, several at galas -----------------------
INSERT INTO services (svc_id, day_id, dep_time, dep_stn, loco_id, driver_id, fireman_id, guard_id, st, mins_late, notes)
SELECT svc_id, day_id, dep_time, dep_stn, loco_id,
       CASE WHEN run_dt > date '2026-02-28' THEN (ARRAY[1,2,3,4,5,6,7,9,10])[1 + (day_id * 3 + loco_id) % 9]
            ELSE 1 + (day_id * 3 + loco_id) % 10 END,
       CASE WHEN traction = 'D' THEN NULL
            WHEN run_dt >= date '2025-05-01' THEN 11 + (day_id * 5 + loco_id) % 11
            ELSE 11 + (day_id * 5 + loco_id) % 12 END,
       CASE WHEN run_dt > date '2025-06-30' THEN (ARRAY[23,24,25,26,27,28,29,31,32])[1 + (day_id * 7 + loco_id) % 9]
            ELSE 23 + (day_id * 7 + loco_id) % 10 END,
       st,
       CASE st WHEN 'X' THEN NULL WHEN 'L' THEN 5 + (svc_id * 17 % 41) ELSE svc_id * 3 % 5 END,
       CASE WHEN st = 'X' AND traction = 'S' THEN 'Cancelled - loco failure'
            WHEN st = 'X' THEN 'Cancelled - staff shortage'
            WHEN st = 'L' AND svc_id % 4 = 0 THEN 'Held at Haddon Bridge crossing' END
FROM (
  SELECT s.*, l.traction,
         CASE WHEN (s.svc_id * 31 + s.day_id) % 97 IN (0, 1) THEN 'X'
              WHEN (s.svc_id * 31 + s.day_id) % 7 = 3 THEN 'L'
              ELSE 'R' END AS st
  FROM (
    SELECT row_number() OVER (ORDER BY d.run_dt, n)::int AS svc_id, d.day_id, d.run_dt,
           (CASE WHEN d.day_type = 'G' AND nsvc = 8 THEN ARRAY['09:30','10:30','11:30','12:30','13:30','14:30','15:30','16:30']
                 WHEN d.day_type = 'G' THEN ARRAY['10:00','11:00','12:00','13:00','14:00','15:00']
                 WHEN d.day_type = 'S' THEN ARRAY['10:00','11:30','13:00','14:30','16:00']
                 WHEN d.day_type = 'C' THEN ARRAY['18:30']
                 WHEN nsvc = 3 THEN ARRAY['11:00','13:00','14:45']
                 ELSE ARRAY['10:15','12:00','13:45','15:30'] END)[n]::time AS dep_time,
           CASE WHEN d.day_type = 'G' AND n % 2 = 0 THEN 'Wenford' ELSE 'Ashcombe' END AS dep_stn,
           CASE WHEN d.day_type = 'G' AND n = 4 THEN 10
                WHEN d.day_type = 'G' THEN pool[1 + (d.day_id + n) % cardinality(pool)]
                WHEN d.day_type = 'N' AND d.day_id % 9 = 4 THEN
                     CASE WHEN d.run_dt < date '2025-10-01' AND d.day_id % 2 = 0 THEN 12 ELSE 10 END
                ELSE pool[1 + (d.day_id * 5) % cardinality(pool)] END AS loco_id
    FROM (
      SELECT od.*,
             CASE WHEN od.day_type = 'G' THEN CASE WHEN extract(isodow FROM od.run_dt) = 5 THEN 6 ELSE 8 END
                  WHEN od.day_type = 'S' THEN 5
                  WHEN od.day_type = 'C' THEN 1
                  WHEN extract(month FROM od.run_dt) IN (1, 2, 11) THEN 3
                  ELSE 4 END AS nsvc,
             CASE WHEN od.run_dt < date '2025-03-01' THEN ARRAY[1,2,3,4,5,7,8]
                  WHEN od.run_dt < date '2025-09-01' THEN ARRAY[1,2,3,4,5,7,8,9]
                  ELSE ARRAY[1,2,3,4,7,8,9] END AS pool
      FROM op_day od
      WHERE od.run_dt <> date '2025-08-13'
    ) d
    CROSS JOIN LATERAL generate_series(1, d.nsvc) n
  ) s
  JOIN locos l ON l.loco_id = s.loco_id
) z;

-- Tickets -------------------------------------------------------------------------------
INSERT INTO tickets (tkt_id, svc_id, booking_ref, tkt_type, chan, fare_amt, gift_aid, bought_dt, refund_dt, notes)
SELECT tkt_id, svc_id,
       CASE chan WHEN 'O' THEN 'WEB' ELSE 'BO' END || lpad(grp::text, 7, '0'),
       tkt_type, chan, fare, gift_aid, bought_dt,
       CASE WHEN fare = 0 THEN NULL
            WHEN svc_st = 'X' THEN least(run_dt + 2, date '2026-11-30')
            WHEN chan = 'O' AND (grp * 89 % 67) = 0 THEN greatest(bought_dt, run_dt - 1) END,
       CASE WHEN fare = 0 THEN 'Complimentary - raffle prize' END
FROM (
  SELECT t.*,
         CASE WHEN tkt_id % 173 = 0 THEN 0.00
              WHEN day_type = 'S' THEN
                   CASE tkt_type WHEN 'A' THEN 25 WHEN 'C' THEN 27 WHEN 'F' THEN 85 WHEN 'S' THEN 23 ELSE 3 END
                   + CASE WHEN yr >= 2025 THEN CASE tkt_type WHEN 'F' THEN 3 WHEN 'D' THEN 0 ELSE 1 END ELSE 0 END
              ELSE
                   CASE tkt_type
                     WHEN 'A' THEN CASE yr WHEN 2024 THEN 16.00 WHEN 2025 THEN 17.00 ELSE 18.00 END
                     WHEN 'C' THEN CASE yr WHEN 2024 THEN 8.00 WHEN 2025 THEN 8.50 ELSE 9.00 END
                     WHEN 'F' THEN CASE yr WHEN 2024 THEN 42.00 WHEN 2025 THEN 45.00 ELSE 48.00 END
                     WHEN 'S' THEN CASE yr WHEN 2024 THEN 14.50 WHEN 2025 THEN 15.50 ELSE 16.50 END
                     ELSE CASE yr WHEN 2026 THEN 2.50 ELSE 2.00 END END
                   + CASE WHEN day_type = 'G' THEN CASE tkt_type WHEN 'A' THEN 4 WHEN 'S' THEN 4 WHEN 'C' THEN 2 WHEN 'F' THEN 10 ELSE 0 END ELSE 0 END
         END AS fare,
         CASE WHEN chan = 'B' THEN run_dt
              ELSE greatest(run_dt - CASE WHEN day_type = 'S' THEN grp * 29 % 60 ELSE grp * 29 % 30 END, date '2024-01-01') END AS bought_dt
  FROM (
    SELECT k.*,
           CASE WHEN h < 45 THEN 'A' WHEN h < 64 THEN 'C' WHEN h < 74 THEN 'F' WHEN h < 92 THEN 'S' ELSE 'D' END AS tkt_type,
           CASE WHEN (grp * 53 % 100) < CASE WHEN day_type = 'S' THEN 80 WHEN yr = 2024 THEN 30 WHEN yr = 2025 THEN 40 ELSE 52 END
                THEN 'O' ELSE 'B' END AS chan
    FROM (
      SELECT row_number() OVER (ORDER BY s.svc_id, n)::int AS tkt_id, s.svc_id, s.st AS svc_st, d.run_dt, d.day_type,
             extract(year FROM d.run_dt)::int AS yr, n,
             s.svc_id * 100 + (n + 2) / 3 AS grp,
             (s.svc_id * 41 + n * 67 + (s.svc_id * n * 7) % 23) % 100 AS h
      FROM services s
      JOIN op_day d ON d.day_id = s.day_id
      CROSS JOIN LATERAL generate_series(1, CASE d.day_type WHEN 'G' THEN 8 + s.svc_id * 7 % 12
                                                            WHEN 'S' THEN 12 + s.svc_id * 5 % 10
                                                            WHEN 'C' THEN 0
                                                            ELSE 2 + s.svc_id * 11 % 8 END) n
    ) k
  ) t
) f
CROSS JOIN LATERAL (SELECT tkt_type IN ('A', 'S', 'F') AND fare > 0 AND (tkt_id * 71 % 10) < 3 AS gift_aid) ga;

-- Coal: one line per steam engine per day she worked, plus steam tests ------------------
INSERT INTO coal_log (log_id, loco_id, log_dt, coal_t, notes)
SELECT row_number() OVER (ORDER BY log_dt, loco_id)::int, loco_id, log_dt, coal_t, notes
FROM (
  SELECT s.loco_id, d.run_dt AS log_dt,
         round(0.45 + 0.32 * count(*) + ((d.day_id * 7 + s.loco_id * 13) % 23) / 100.0
               + CASE WHEN d.day_type = 'S' THEN 0.15 ELSE 0 END, 2) AS coal_t,
         CASE WHEN d.day_type = 'G' THEN 'Gala' END AS notes
  FROM services s
  JOIN op_day d ON d.day_id = s.day_id
  JOIN locos l ON l.loco_id = s.loco_id
  WHERE l.traction = 'S' AND s.st <> 'X'
  GROUP BY s.loco_id, d.run_dt, d.day_id, d.day_type
  UNION ALL
  SELECT * FROM (VALUES
    (5, date '2024-03-12', 0.00, 'Lit up for inspector - tube leak, fire dropped before any coal drawn'),
    (3, date '2026-06-08', 0.40, 'Steam test for ticket extension'),
    (9, date '2026-11-03', 0.38, 'Steam test for ticket extension'),
    (8, date '2025-03-18', 0.55, 'Driver training day')
  ) v(loco_id, log_dt, coal_t, notes)
) c;

-- Volunteer hours -----------------------------------------------------------------------
INSERT INTO duty_log (shift_id, vol_id, shift_dt, duty, hrs, notes)
SELECT row_number() OVER (ORDER BY x.shift_dt, x.duty, x.vol_id)::int, x.vol_id, x.shift_dt, x.duty, x.hrs, x.notes
FROM (
  -- footplate and guards, from the trains they were rostered on
  SELECT DISTINCT c.vol_id, d.run_dt AS shift_dt, c.duty,
         CASE c.duty WHEN 'D' THEN 9.50 + ((d.day_id + c.vol_id) % 5) * 0.25
                     WHEN 'F' THEN 10.00 + ((d.day_id + c.vol_id) % 5) * 0.25
                     ELSE 7.00 + ((d.day_id + c.vol_id) % 4) * 0.25 END AS hrs,
         CASE WHEN d.day_type = 'G' THEN 'Gala' END AS notes
  FROM services s
  JOIN op_day d ON d.day_id = s.day_id
  CROSS JOIN LATERAL (VALUES (s.driver_id, 'D'), (s.fireman_id, 'F'), (s.guard_id, 'G')) c(vol_id, duty)
  WHERE c.vol_id IS NOT NULL
  UNION ALL
  -- booking office: two on every public operating day
  SELECT 33 + (d.day_id + k * 3) % 8, d.run_dt, 'B', 6.50, NULL
  FROM op_day d CROSS JOIN generate_series(0, 1) k
  WHERE d.day_type <> 'C' AND d.run_dt <> date '2025-08-13'
  UNION ALL
  -- shop: one a day, two at galas and Santas
  SELECT 41 + (d.day_id + k * 4) % 8, d.run_dt, 'S', 6.00 + (d.day_id % 3) * 0.50, NULL
  FROM op_day d CROSS JOIN generate_series(0, 1) k
  WHERE d.day_type <> 'C' AND d.run_dt <> date '2025-08-13' AND (k = 0 OR d.day_type IN ('G', 'S'))
  UNION ALL
  -- permanent way gang on Tuesdays
  SELECT 49 + (w + k * 4) % 12, g::date, 'P', 5.50 + ((w + k) % 3) * 0.25, NULL
  FROM generate_series(date '2024-01-02', date '2026-11-24', interval '7 days') WITH ORDINALITY AS t(g, w)
  CROSS JOIN generate_series(0, 2) k
  UNION ALL
  -- carriage & wagon works on Thursdays
  SELECT 61 + (w + k * 5) % 10, g::date, 'C', 5.00 + (w % 3) * 0.50, NULL
  FROM generate_series(date '2024-01-04', date '2026-11-26', interval '7 days') WITH ORDINALITY AS t(g, w)
  CROSS JOIN generate_series(0, 1) k
) x
JOIN volunteers v ON v.vol_id = x.vol_id
WHERE x.shift_dt >= v.joined_dt AND (v.left_dt IS NULL OR x.shift_dt <= v.left_dt);

-- Shop ----------------------------------------------------------------------------------
INSERT INTO shop_stock VALUES
 (1,  'BK-001', 'Ashcombe & Wenford Railway: The First 50 Years', 'B', 14.99,  false, 'AWR Publications'),
 (2,  'BK-002', 'Guide Book & Stockbook 2024',                    'B', 5.00,   true,  'AWR Publications'),
 (3,  'BK-003', 'Great Western Branch Lines',                     'B', 22.50,  false, 'Crecy'),
 (4,  'BK-004', 'Steam Around the Westcountry',                   'B', 18.99,  false, 'Crecy'),
 (5,  'BK-005', 'ABC Preserved Locomotives',                      'B', 12.99,  false, 'Ian Allan'),
 (6,  'BK-006', 'Thomas & Friends Storybook',                     'B', 6.99,   false, 'Gardners'),
 (7,  'BK-007', 'Branch Line Signalling Explained',               'B', 11.99,  false, 'Oakwood Press'),
 (8,  'BK-008', 'Guide Book 2025-26',                             'B', 6.00,   false, 'AWR Publications'),
 (9,  'BK-009', 'Firing a Small Tank Engine',                     'B', 9.95,   false, 'Oakwood Press'),
 (10, 'MD-010', 'Hornby OO Mk1 coach, maroon',                    'M', 54.99,  false, 'Hornby'),
 (11, 'MD-011', 'Bachmann OO 16t mineral wagon',                  'M', 24.50,  false, 'Bachmann'),
 (12, 'MD-012', 'Oxford Diecast Bedford van, AWR livery',         'M', 8.99,   false, 'Oxford Diecast'),
 (13, 'MD-013', 'Graham Farish N 57xx pannier',                   'M', 129.00, false, 'Bachmann'),
 (14, 'MD-014', 'Hornby OO Class 08 shunter',                     'M', 99.99,  false, 'Hornby'),
 (15, 'MD-015', 'Dapol OO Toad brake van',                        'M', 32.00,  true,  'Dapol'),
 (16, 'MD-016', 'Peco OO track pack',                             'M', 19.99,  false, 'Peco'),
 (17, 'MD-017', 'Wills kit: lamp huts',                           'M', 11.50,  false, 'Peco'),
 (18, 'MD-018', 'Airfix 1:76 steam loco kit',                     'M', 16.99,  false, 'Airfix'),
 (19, 'MD-019', 'Bachmann OO Manor class 4-6-0',                  'M', 179.00, false, 'Bachmann'),
 (20, 'MD-020', 'Bachmann OO 2-6-2T 4566 Dunster, ltd edition',   'M', 189.00, false, 'Bachmann'),
 (21, 'SV-021', 'Enamel badge - 4566 Dunster',                    'S', 4.50,   false, 'Fattorini'),
 (22, 'SV-022', 'Mug - Ashcombe station',                         'S', 8.50,   false, 'Potters Mill'),
 (23, 'SV-023', 'Tea towel - line map',                           'S', 7.00,   false, 'Potters Mill'),
 (24, 'SV-024', 'Engine driver cap (child)',                      'S', 5.99,   false, 'Fun Rail Ltd'),
 (25, 'SV-025', 'Postcard set (6)',                               'S', 3.00,   false, 'AWR Publications'),
 (26, 'SV-026', 'Keyring - carriage key',                         'S', 3.50,   false, 'Fun Rail Ltd'),
 (27, 'SV-027', 'Calendar 2024',                                  'S', 8.00,   true,  'AWR Publications'),
 (28, 'SV-028', 'Timetable leaflet',                              'S', 0.00,   false, 'AWR Publications'),
 (29, 'SV-029', 'Tin whistle',                                    'S', 2.50,   false, 'Fun Rail Ltd'),
 (30, 'CF-030', 'Clotted cream fudge 200g',                       'C', 4.25,   false, 'Westcountry Fudge'),
 (31, 'CF-031', 'Stick of rock',                                  'C', 1.20,   true,  'Westcountry Fudge'),
 (32, 'CF-032', 'Bottled water 500ml',                            'C', 1.00,   false, 'Booker'),
 (33, 'CF-033', 'Chocolate coal 150g',                            'C', 3.75,   false, 'Westcountry Fudge'),
 (34, 'MD-034', 'Gauge 1 live steam kit (special order)',         'M', 1450.00, false, 'Accucraft');

INSERT INTO shop_sales (sale_id, item_id, sale_dt, qty, unit_price, disc_pct, pay)
SELECT s.sale_id, s.item_id, s.run_dt,
       CASE WHEN st.cat = 'C' AND s.h % 4 = 0 THEN 2 + s.h % 3
            WHEN s.h % 23 = 0 THEN 3 WHEN s.h % 7 = 0 THEN 2 ELSE 1 END,
       CASE WHEN extract(year FROM s.run_dt) = 2024 THEN round(st.price * 0.95, 2) ELSE st.price END,
       CASE WHEN s.h % 97 = 5 THEN 25 WHEN s.h % 11 = 0 THEN 10 ELSE 0 END,
       CASE WHEN s.h % 3 = 0 THEN 'C' ELSE 'K' END
FROM (
  SELECT q.*,
         CASE WHEN yr = 2024 THEN (ARRAY[1,2,3,4,5,6,7,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33])[1 + h % 32]
              WHEN yr = 2025 THEN (ARRAY[1,3,4,5,6,7,8,9,10,11,12,13,14,16,17,18,19,20,21,22,23,24,25,26,28,29,30,32,33])[1 + h % 29]
              ELSE (ARRAY[1,3,4,5,6,7,8,9,10,11,12,13,14,16,17,18,19,21,22,23,24,25,26,28,29,30,32,33])[1 + h % 28] END AS item_id
  FROM (
    SELECT row_number() OVER (ORDER BY d.run_dt, n)::int AS sale_id, d.run_dt,
           extract(year FROM d.run_dt)::int AS yr,
           ((d.day_id * 131 + n * 37) * 7 + n) % 1000 AS h
    FROM op_day d
    CROSS JOIN LATERAL generate_series(1, CASE d.day_type WHEN 'G' THEN 16 + d.day_id % 9
                                                          WHEN 'S' THEN 10 + d.day_id * 3 % 7
                                                          WHEN 'C' THEN 0
                                                          ELSE 4 + d.day_id * 7 % 9 END) n
    WHERE d.run_dt <> date '2025-08-13'
  ) q
) s
JOIN shop_stock st ON st.item_id = s.item_id;
