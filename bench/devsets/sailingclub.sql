-- Reservoir sailing club database (what the committee and the galley use day to day).
-- We are a dinghy club on the reservoir. Members pay a yearly subscription by class:
-- adult, family, junior or social (social members use the bar but don't sail).
-- The club owns a fleet of training dinghies, a safety boat (RIB) and a small committee boat.
-- Racing is the Sunday series (two races a Sunday, March to October), the Wednesday evening
-- series in the summer, and the Frostbite races over the winter including New Year's Day.
-- Every race gets its results: finishing position, elapsed time, or that the helm retired,
-- did not start or was disqualified. Abandoned races have no results.
-- We run RYA courses with our own instructors (who are members); people pay per place,
-- members get 10% off, guests can book too.
-- The galley sells food and drinks, the bar side sells alcohol, all through one till.
-- Members keep their own boats in the dinghy park and pay a berth fee each season.
-- The safety boat and the committee boat log every fuel fill in litres.
-- Maintenance jobs on club boats are logged; done date stays empty while the job is outstanding.

DROP TABLE IF EXISTS maint_jobs;
DROP TABLE IF EXISTS fuel_log;
DROP TABLE IF EXISTS galley_sales;
DROP TABLE IF EXISTS course_booking;
DROP TABLE IF EXISTS courses;
DROP TABLE IF EXISTS race_results;
DROP TABLE IF EXISTS races;
DROP TABLE IF EXISTS dinghy_park;
DROP TABLE IF EXISTS subscriptions;
DROP TABLE IF EXISTS club_boat;
DROP TABLE IF EXISTS boat_class;
DROP TABLE IF EXISTS members;

-- ---------------------------------------------------------------- tables

CREATE TABLE members (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    surname       text NOT NULL,
    email         text,
    class_cd      char(1) NOT NULL,
    joined_dt     date NOT NULL,
    left_dt       date,
    is_instructor boolean NOT NULL DEFAULT false,
    notes         text
);
COMMENT ON TABLE members IS 'Everyone who is or has been a club member. id is the membership number.';
COMMENT ON COLUMN members.class_cd IS 'Membership class: A = adult, F = family, J = junior, S = social (bar only, no sailing)';
COMMENT ON COLUMN members.joined_dt IS 'Date they joined the club';
COMMENT ON COLUMN members.left_dt IS 'Date they left the club; empty = still a member';
COMMENT ON COLUMN members.is_instructor IS 'True if they are one of our RYA instructors';

CREATE TABLE subscriptions (
    id         serial PRIMARY KEY,
    member_id  integer NOT NULL REFERENCES members(id),
    sub_yr     smallint NOT NULL,
    class_cd   char(1) NOT NULL,
    amt        numeric(8,2) NOT NULL,
    due_dt     date NOT NULL,
    paid_dt    date,
    pay_method char(1)
);
COMMENT ON TABLE subscriptions IS 'Yearly membership subscriptions, one per member per membership year';
COMMENT ON COLUMN subscriptions.sub_yr IS 'Membership year the subscription is for';
COMMENT ON COLUMN subscriptions.class_cd IS 'Class charged for that year: A = adult, F = family, J = junior, S = social';
COMMENT ON COLUMN subscriptions.amt IS 'Subscription amount in pounds (0 for honorary life members)';
COMMENT ON COLUMN subscriptions.paid_dt IS 'Date the subscription was paid; empty = not paid yet';
COMMENT ON COLUMN subscriptions.pay_method IS 'How it was paid: D = direct debit, B = bank transfer, C = cash, K = card at the bar, W = waived (honorary); empty while unpaid';

CREATE TABLE boat_class (
    id         integer PRIMARY KEY,
    class_name text NOT NULL,
    py         smallint NOT NULL,
    crew       smallint NOT NULL
);
COMMENT ON TABLE boat_class IS 'Dinghy classes we race and keep in the park';
COMMENT ON COLUMN boat_class.py IS 'Portsmouth Yardstick handicap number (corrected time = elapsed x 1000 / PY)';
COMMENT ON COLUMN boat_class.crew IS 'Number of people who sail it (1 = single-hander)';

CREATE TABLE club_boat (
    id        integer PRIMARY KEY,
    name      text NOT NULL,
    boat_type char(1) NOT NULL,
    class_id  integer REFERENCES boat_class(id),
    sail_no   text,
    bought_dt date,
    engine_hp smallint,
    in_svc    boolean NOT NULL DEFAULT true,
    notes     text
);
COMMENT ON TABLE club_boat IS 'Boats the club owns';
COMMENT ON COLUMN club_boat.boat_type IS 'Type: T = training dinghy, S = safety boat (RIB), C = committee boat';
COMMENT ON COLUMN club_boat.class_id IS 'Dinghy class for training dinghies; empty for motor boats';
COMMENT ON COLUMN club_boat.in_svc IS 'False when the boat is laid up / out of service';

CREATE TABLE dinghy_park (
    id        serial PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members(id),
    season    smallint NOT NULL,
    spot_ref  text NOT NULL,
    class_id  integer NOT NULL REFERENCES boat_class(id),
    sail_no   text,
    berth_fee numeric(7,2) NOT NULL,
    paid_dt   date,
    notes     text
);
COMMENT ON TABLE dinghy_park IS 'Members'' own boats parked in the dinghy park, one row per boat per season';
COMMENT ON COLUMN dinghy_park.spot_ref IS 'Parking spot, row letter and number';
COMMENT ON COLUMN dinghy_park.berth_fee IS 'Berth fee for the season in pounds (instructors park free)';
COMMENT ON COLUMN dinghy_park.paid_dt IS 'Date the berth fee was paid; empty = still owing';

CREATE TABLE races (
    id        serial PRIMARY KEY,
    race_dt   date NOT NULL,
    series    char(1) NOT NULL,
    race_no   smallint NOT NULL,
    ood_id    integer REFERENCES members(id),
    wind_kts  smallint,
    abandoned boolean NOT NULL DEFAULT false,
    notes     text
);
COMMENT ON TABLE races IS 'Every race we have started or tried to start';
COMMENT ON COLUMN races.series IS 'Series: S = Sunday series, W = Wednesday evening series, F = Frostbite (winter Sundays and New Year''s Day)';
COMMENT ON COLUMN races.race_no IS 'Race number on the day (Sundays have race 1 and race 2)';
COMMENT ON COLUMN races.ood_id IS 'Officer of the day (member running the race)';
COMMENT ON COLUMN races.abandoned IS 'True if the race was abandoned (no results)';

CREATE TABLE race_results (
    id         serial PRIMARY KEY,
    race_id    integer NOT NULL REFERENCES races(id),
    member_id  integer NOT NULL REFERENCES members(id),
    class_id   integer NOT NULL REFERENCES boat_class(id),
    sail_no    text,
    st         char(1) NOT NULL,
    pos        smallint,
    elapsed_s  integer,
    corr_s     integer
);
COMMENT ON TABLE race_results IS 'One row per helm entered in a race';
COMMENT ON COLUMN race_results.member_id IS 'The helm';
COMMENT ON COLUMN race_results.st IS 'Result: F = finished, R = retired, N = did not start, D = disqualified';
COMMENT ON COLUMN race_results.pos IS 'Finishing position on handicap; empty unless finished';
COMMENT ON COLUMN race_results.elapsed_s IS 'Elapsed time in seconds; empty unless finished';
COMMENT ON COLUMN race_results.corr_s IS 'Corrected (handicap) time in seconds';

CREATE TABLE courses (
    id         serial PRIMARY KEY,
    course_ref text NOT NULL,
    title      text NOT NULL,
    rya_lvl    text NOT NULL,
    start_dt   date NOT NULL,
    days       smallint NOT NULL,
    instr_id   integer NOT NULL REFERENCES members(id),
    places     smallint NOT NULL,
    fee_pp     numeric(7,2) NOT NULL,
    st         char(1) NOT NULL
);
COMMENT ON TABLE courses IS 'Training courses we put on';
COMMENT ON COLUMN courses.rya_lvl IS 'RYA level / scheme the course is for';
COMMENT ON COLUMN courses.instr_id IS 'Lead instructor (a member)';
COMMENT ON COLUMN courses.places IS 'Number of places on the course';
COMMENT ON COLUMN courses.fee_pp IS 'Fee per place in pounds, before the member discount (taster sessions are free)';
COMMENT ON COLUMN courses.st IS 'Status: P = planned, R = ran, X = cancelled';

CREATE TABLE course_booking (
    id         serial PRIMARY KEY,
    course_id  integer NOT NULL REFERENCES courses(id),
    member_id  integer REFERENCES members(id),
    guest_name text,
    booked_dt  date NOT NULL,
    fee_amt    numeric(7,2) NOT NULL,
    paid       boolean NOT NULL DEFAULT false,
    st         char(1) NOT NULL,
    cert_no    text
);
COMMENT ON TABLE course_booking IS 'Places booked on courses';
COMMENT ON COLUMN course_booking.member_id IS 'Member who booked; empty for a non-member (see guest_name)';
COMMENT ON COLUMN course_booking.fee_amt IS 'What they were charged in pounds (members get 10% off)';
COMMENT ON COLUMN course_booking.paid IS 'True once the fee is paid (cancelled bookings are refunded and show false)';
COMMENT ON COLUMN course_booking.st IS 'Booking status: B = booked, A = attended, N = no-show, X = cancelled';
COMMENT ON COLUMN course_booking.cert_no IS 'RYA certificate number, when one was issued';

CREATE TABLE galley_sales (
    id        serial PRIMARY KEY,
    sale_ts   timestamp NOT NULL,
    till_ref  text NOT NULL,
    item      text NOT NULL,
    cat       char(1) NOT NULL,
    qty       smallint NOT NULL,
    unit_price numeric(6,2) NOT NULL,
    disc_pct  numeric(5,2) NOT NULL DEFAULT 0,
    member_id integer REFERENCES members(id)
);
COMMENT ON TABLE galley_sales IS 'Galley and bar till lines';
COMMENT ON COLUMN galley_sales.cat IS 'Category: F = food, H = hot drinks, S = soft drinks, A = alcohol (bar)';
COMMENT ON COLUMN galley_sales.unit_price IS 'Price each in pounds';
COMMENT ON COLUMN galley_sales.disc_pct IS 'Discount in percent (10 for volunteers, 100 = free tea for the race officer)';
COMMENT ON COLUMN galley_sales.member_id IS 'Member on the tab; empty for visitors paying cash';

CREATE TABLE fuel_log (
    id        serial PRIMARY KEY,
    boat_id   integer NOT NULL REFERENCES club_boat(id),
    fill_dt   date NOT NULL,
    litres    numeric(6,1) NOT NULL,
    ppl       numeric(5,3) NOT NULL,
    cost_amt  numeric(8,2) NOT NULL,
    eng_hrs   numeric(7,1),
    filled_by integer REFERENCES members(id),
    notes     text
);
COMMENT ON TABLE fuel_log IS 'Fuel put into the safety boat and the committee boat';
COMMENT ON COLUMN fuel_log.ppl IS 'Price per litre in pounds';
COMMENT ON COLUMN fuel_log.eng_hrs IS 'Engine hours meter reading at the fill';

CREATE TABLE maint_jobs (
    id          serial PRIMARY KEY,
    boat_id     integer NOT NULL REFERENCES club_boat(id),
    reported_dt date NOT NULL,
    job_desc    text NOT NULL,
    prio        char(1) NOT NULL,
    done_dt     date,
    cost_amt    numeric(8,2),
    done_by     text
);
COMMENT ON TABLE maint_jobs IS 'Maintenance jobs on club boats';
COMMENT ON COLUMN maint_jobs.prio IS 'Priority: H = high (boat off the water), M = medium, L = low';
COMMENT ON COLUMN maint_jobs.done_dt IS 'Date the job was finished; empty = still outstanding';
COMMENT ON COLUMN maint_jobs.cost_amt IS 'Cost of parts / contractor in pounds; empty if not known yet or volunteer labour only';

-- ---------------------------------------------------------------- data

INSERT INTO members (id, first_name, surname, email, class_cd, joined_dt, left_dt, is_instructor, notes)
SELECT i, fn, sn,
       CASE WHEN i % 11 = 4 THEN NULL
            ELSE lower(fn) || '.' || lower(replace(sn, '''', '')) || i || '@' ||
                 (ARRAY['gmail.com','hotmail.co.uk','btinternet.com','outlook.com','yahoo.co.uk'])[1 + i % 5] END,
       CASE WHEN instr THEN 'A'
            WHEN i % 10 < 5 THEN 'A' WHEN i % 10 < 7 THEN 'F' WHEN i % 10 < 9 THEN 'J' ELSE 'S' END,
       jd,
       CASE WHEN i % 8 = 5 AND jd + (300 + (i * 17) % 500) <= date '2026-11-30'
            THEN jd + (300 + (i * 17) % 500) END,
       instr,
       CASE WHEN i % 53 = 0 THEN 'Honorary life member'
            WHEN i % 61 = 7 THEN 'Prefers letters by post'
            WHEN i % 67 = 9 THEN 'Volunteer: galley rota' END
FROM (
    SELECT i,
           (ARRAY['James','Sarah','David','Emma','Peter','Helen','Mark','Claire','Richard','Julie',
                  'Simon','Karen','Andrew','Lucy','Paul','Rachel','Chris','Anna','Tom','Kate',
                  'Ian','Fiona','Neil','Jo','Gareth','Sian','Rob','Alison','Steve','Beth',
                  'Oliver','Megan','Harry','Chloe','Jack','Ellie','Sam','Zoe','Ben','Amy'])[1 + (i * 7) % 40] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                  'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                  'Patel','Hughes','Edwards','Turner','Cooper','Hill','Ward','Morris','Moore','O''Brien',
                  'Harris','King','Baker','Lewis','Price','Bennett','Fisher'])[1 + (i * 13) % 37] AS sn,
           (i IN (12, 35, 58, 81, 104, 127, 150)) AS instr,
           CASE WHEN i <= 170 THEN date '2008-03-01' + (i * 97) % 5700
                ELSE date '2024-01-01' + ((i - 171) * 1064) / 250 END AS jd
    FROM generate_series(1, 420) AS i
) s;

INSERT INTO subscriptions (member_id, sub_yr, class_cd, amt, due_dt, paid_dt, pay_method)
SELECT id, y, class_cd, amt, due,
       CASE WHEN hon THEN due
            WHEN unpaid THEN NULL
            WHEN due + (id * 7) % 45 > date '2026-11-30' THEN NULL
            ELSE due + (id * 7) % 45 END,
       CASE WHEN hon THEN 'W'
            WHEN unpaid OR due + (id * 7) % 45 > date '2026-11-30' THEN NULL
            ELSE (ARRAY['D','B','C','K'])[1 + id % 4] END
FROM (
    SELECT m.id, y, m.class_cd,
           coalesce(m.notes = 'Honorary life member', false) AS hon,
           CASE WHEN coalesce(m.notes = 'Honorary life member', false) THEN 0
                ELSE CASE m.class_cd
                       WHEN 'A' THEN (ARRAY[285, 295, 310])[y - 2023]
                       WHEN 'F' THEN (ARRAY[420, 435, 455])[y - 2023]
                       WHEN 'J' THEN (ARRAY[95, 100, 105])[y - 2023]
                       ELSE (ARRAY[60, 60, 65])[y - 2023] END END AS amt,
           greatest(make_date(y, 1, 1), m.joined_dt) AS due,
           ((y < 2026 AND (m.id * 13 + y) % 17 = 0) OR (y = 2026 AND (m.id * 7) % 9 = 0)) AS unpaid
    FROM members m CROSS JOIN generate_series(2024, 2026) AS y
    WHERE m.joined_dt <= make_date(y, 12, 31)
      AND (m.left_dt IS NULL OR m.left_dt >= make_date(y, 1, 1))
) s
ORDER BY y, id;

INSERT INTO boat_class (id, class_name, py, crew) VALUES
 (1, 'ILCA 7', 1100, 1),
 (2, 'ILCA 6', 1147, 1),
 (3, 'RS Aero 7', 1065, 1),
 (4, 'Solo', 1142, 1),
 (5, 'Topper', 1365, 1),
 (6, 'RS Feva XL', 1240, 2),
 (7, 'GP14', 1130, 2),
 (8, 'Wayfarer', 1102, 2),
 (9, 'Enterprise', 1122, 2),
 (10, 'RS200', 1046, 2),
 (11, 'RS Quest', 1136, 2),
 (12, 'Mirror', 1390, 2);

INSERT INTO club_boat (id, name, boat_type, class_id, sail_no, bought_dt, engine_hp, in_svc, notes) VALUES
 (1, 'Rescue 1', 'S', NULL, NULL, '2019-04-01', 40, true, 'Ribcraft 4.8, Yamaha 40'),
 (2, 'Heron', 'C', NULL, NULL, '2015-05-10', 15, true, 'Committee boat, also used as mark layer'),
 (3, 'Topper 1', 'T', 5, '51020', '2016-03-12', NULL, true, NULL),
 (4, 'Topper 2', 'T', 5, '51021', '2016-03-12', NULL, true, NULL),
 (5, 'Topper 3', 'T', 5, '53377', '2018-04-02', NULL, true, NULL),
 (6, 'Feva 1', 'T', 6, '4410', '2020-02-20', NULL, true, NULL),
 (7, 'Feva 2', 'T', 6, '4411', '2020-02-20', NULL, true, NULL),
 (8, 'Feva 3', 'T', 6, '5102', '2022-03-15', NULL, true, NULL),
 (9, 'Wayfarer Blue', 'T', 8, '10211', '2012-06-01', NULL, true, 'Second-hand, GRP'),
 (10, 'Wayfarer Red', 'T', 8, '9876', '2014-05-17', NULL, true, NULL),
 (11, 'Old Topper', 'T', 5, '38112', '2005-04-01', NULL, false, 'Hull cracked 2024, kept for spares'),
 (12, 'Quest 1', 'T', 11, '1207', '2026-04-18', NULL, true, 'Bought with the lottery grant');

INSERT INTO dinghy_park (member_id, season, spot_ref, class_id, sail_no, berth_fee, paid_dt, notes)
SELECT id, y,
       (ARRAY['A','B','C','D'])[1 + id % 4] || ((id * 7) % 40 + 1),
       CASE WHEN class_cd = 'J' THEN 5 + id % 2 ELSE 1 + (id * 7) % 10 END,
       ((id * 373) % 90000 + 1000)::text,
       fee,
       CASE WHEN fee = 0 THEN make_date(y, 3, 1)
            WHEN (id * 11 + y) % 13 = 0 OR (y = 2026 AND id % 7 = 0) THEN NULL
            WHEN greatest(make_date(y, 3, 1), joined_dt) + (id * 3) % 90 > date '2026-11-30' THEN NULL
            ELSE greatest(make_date(y, 3, 1), joined_dt) + (id * 3) % 90 END,
       CASE WHEN fee = 0 THEN 'Free berth - instructor'
            WHEN id % 29 = 6 THEN 'Trolley needs new tyre' END
FROM (
    SELECT m.*, y,
           CASE WHEN m.is_instructor THEN 0
                WHEN m.class_cd = 'J' THEN (ARRAY[60, 60, 65])[y - 2023]
                ELSE (ARRAY[110, 115, 125])[y - 2023] END AS fee
    FROM members m CROSS JOIN generate_series(2024, 2026) AS y
    WHERE m.id % 3 = 0 AND m.class_cd <> 'S'
      AND m.joined_dt <= make_date(y, 10, 31)
      AND (m.left_dt IS NULL OR m.left_dt >= make_date(y, 3, 1))
) s
ORDER BY y, id;

-- races: Sunday series (2 a day, Mar-Oct), Wednesday evenings (May-Aug),
-- Frostbite (winter Sundays, 1 a day) and New Year's Day
INSERT INTO races (race_dt, series, race_no, ood_id, wind_kts, abandoned, notes)
SELECT d, series, race_no,
       CASE WHEN n % 10 = 3 THEN NULL ELSE 1 + (n * 37) % 170 END,
       w,
       (w = 0 OR w = 25),
       CASE WHEN w = 0 THEN 'Abandoned - no wind'
            WHEN w = 25 THEN 'Abandoned - blowing over 25 knots'
            WHEN d = date '2025-01-01' OR d = date '2026-01-01' OR d = date '2024-01-01' THEN 'New Year''s Day race' END
FROM (
    SELECT d, series, race_no, n, (n * 7 + extract(doy FROM d)::int * 3) % 26 AS w
    FROM (
        SELECT d, series, race_no, row_number() OVER (ORDER BY d, race_no) AS n
        FROM (
            SELECT d::date AS d, 'S' AS series, rn AS race_no
            FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS d
                 CROSS JOIN generate_series(1, 2) AS rn
            WHERE extract(dow FROM d) = 0 AND extract(month FROM d) BETWEEN 3 AND 10
            UNION ALL
            SELECT d::date, 'W', 1
            FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS d
            WHERE extract(dow FROM d) = 3 AND extract(month FROM d) BETWEEN 5 AND 8
            UNION ALL
            SELECT d::date, 'F', 1
            FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS d
            WHERE (extract(dow FROM d) = 0 AND extract(month FROM d) IN (1, 2, 11, 12))
               OR (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
        ) a
    ) b
) c
ORDER BY d, race_no;

-- results: helms come from the members who keep a boat in the dinghy park
WITH pool AS (
    SELECT m.id AS member_id,
           CASE WHEN m.class_cd = 'J' THEN 5 + m.id % 2 ELSE 1 + (m.id * 7) % 10 END AS class_id,
           row_number() OVER (ORDER BY m.id) - 1 AS ix
    FROM members m
    WHERE m.id % 3 = 0 AND m.class_cd <> 'S' AND m.left_dt IS NULL AND m.joined_dt < date '2024-07-01'
), psize AS (SELECT count(*) AS p FROM pool),
entries AS (
    SELECT r.id AS race_id, r.series, k, pool.member_id, pool.class_id, pool.ix,
           (r.id * 31 + k * 17 + pool.ix * 3) % 100 AS h
    FROM races r
         CROSS JOIN psize
         CROSS JOIN LATERAL generate_series(0,
              CASE r.series WHEN 'S' THEN 6 + (r.id * 7) % 9
                            WHEN 'W' THEN 4 + (r.id * 5) % 8
                            ELSE 3 + (r.id * 3) % 7 END) AS k
         JOIN pool ON pool.ix = (r.id * 13 + k * 11) % psize.p
    WHERE NOT r.abandoned
), timed AS (
    SELECT e.*, bc.py,
           CASE WHEN h < 6 THEN 'N' WHEN h < 14 THEN 'R' WHEN h = 14 THEN 'D' ELSE 'F' END AS st,
           (CASE e.series WHEN 'S' THEN 2700 WHEN 'W' THEN 2100 ELSE 2400 END) * bc.py / 1100
             + (e.race_id * 37 + e.ix * 53 + e.k * 11) % 900 AS el
    FROM entries e JOIN boat_class bc ON bc.id = e.class_id
)
INSERT INTO race_results (race_id, member_id, class_id, sail_no, st, pos, elapsed_s, corr_s)
SELECT race_id, member_id, class_id, ((member_id * 373) % 90000 + 1000)::text, st,
       CASE WHEN st = 'F' THEN rank() OVER (PARTITION BY race_id, st = 'F' ORDER BY round(el * 1000.0 / py), member_id) END,
       CASE WHEN st = 'F' THEN el END,
       CASE WHEN st = 'F' THEN round(el * 1000.0 / py)::int END
FROM timed
ORDER BY race_id, k;

INSERT INTO courses (course_ref, title, rya_lvl, start_dt, days, instr_id, places, fee_pp, st)
SELECT 'C' || (y % 100) || '-' || lpad(k::text, 2, '0'),
       (ARRAY['RYA Dinghy Stage 1','RYA Dinghy Stage 2','RYA Powerboat Level 2','RYA Safety Boat',
              'RYA Seamanship Skills','RYA Start Racing','Youth Stage 1','Adult Taster Session',
              'RYA Dinghy Stage 3'])[1 + k % 9],
       (ARRAY['Stage 1','Stage 2','Powerboat L2','Safety Boat','Seamanship','Start Racing',
              'Youth Stage 1','Taster','Stage 3'])[1 + k % 9],
       sd,
       (ARRAY[2, 2, 2, 2, 1, 1, 2, 1, 2])[1 + k % 9],
       CASE WHEN y = 2026 THEN (ARRAY[12, 35, 58, 81, 104, 150])[1 + (k + y) % 6]
            ELSE (ARRAY[12, 35, 58, 81, 104, 127, 150])[1 + (k + y) % 7] END,
       (ARRAY[6, 6, 4, 4, 8, 8, 6, 10, 6])[1 + k % 9],
       CASE WHEN k % 9 = 7 THEN 0
            ELSE (ARRAY[195, 195, 245, 225, 120, 65, 130, 0, 210])[1 + k % 9] + (y - 2024) * 5 END,
       CASE WHEN (k * 7 + y) % 11 = 0 THEN 'X' ELSE 'R' END
FROM (
    SELECT y, k, make_date(y, 4, 1) + (k - 1) * 7 + (k * 3) % 5 AS sd
    FROM generate_series(2024, 2026) AS y CROSS JOIN generate_series(1, 30) AS k
) s
ORDER BY sd, k;

-- next spring's courses are already on the calendar
INSERT INTO courses (course_ref, title, rya_lvl, start_dt, days, instr_id, places, fee_pp, st) VALUES
 ('C27-01', 'RYA Dinghy Stage 1', 'Stage 1', '2027-04-10', 2, 12, 6, 215, 'P'),
 ('C27-02', 'RYA Powerboat Level 2', 'Powerboat L2', '2027-04-17', 2, 81, 4, 265, 'P'),
 ('C27-03', 'Youth Stage 1', 'Youth Stage 1', '2027-04-24', 2, 35, 6, 145, 'P');

INSERT INTO course_booking (course_id, member_id, guest_name, booked_dt, fee_amt, paid, st, cert_no)
SELECT s.id, m.id,
       CASE WHEN m.id IS NULL THEN (ARRAY['Laura Mills','Kevin Doyle','Priya Shah','Dan Foster','Grace Lee',
                                          'Tom Ashby','Nina Kowalski','Owen Reid'])[1 + (s.id * 5 + j) % 8] END,
       booked,
       CASE WHEN m.id IS NULL THEN fee_pp ELSE round(fee_pp * 0.9, 2) END,
       CASE WHEN bst = 'X' THEN false
            WHEN bst = 'B' THEN j % 2 = 0
            WHEN bst = 'A' AND h = 19 THEN false
            ELSE true END,
       bst,
       CASE WHEN bst = 'A' AND rya_lvl <> 'Taster' THEN 'RYA' || lpad(((s.id * 1000 + j * 7919) % 999983)::text, 6, '0') END
FROM (
    SELECT c.id, c.fee_pp, c.rya_lvl, j,
           CASE WHEN (c.id + j * 3) % 4 = 0 THEN NULL ELSE ((c.id * 31 + j * 17) % 420) + 1 END AS mid,
           CASE WHEN c.st = 'P' THEN date '2026-09-20' + (c.id * j * 13) % 70
                ELSE c.start_dt - (7 + (c.id * j * 13) % 50) END AS booked,
           (c.id * 7 + j * 11) % 20 AS h,
           CASE WHEN c.st = 'X' THEN 'X'
                WHEN c.st = 'P' THEN CASE WHEN j = 3 THEN 'X' ELSE 'B' END
                WHEN (c.id * 7 + j * 11) % 20 < 2 THEN 'N'
                WHEN (c.id * 7 + j * 11) % 20 = 2 THEN 'X'
                ELSE 'A' END AS bst
    FROM courses c
         CROSS JOIN LATERAL generate_series(1,
              CASE WHEN c.st = 'X' THEN c.id % 3
                   ELSE least(c.places, 3 + (c.id * 5) % 7) END) AS j
) s
     -- a booking only counts as a member's if they were a member when they booked
     LEFT JOIN members m ON m.id = s.mid AND m.joined_dt <= s.booked AND (m.left_dt IS NULL OR m.left_dt >= s.booked)
ORDER BY booked, s.id, j;

-- till lines: sold on race days
WITH days AS (
    SELECT d, extract(dow FROM d)::int AS dow, row_number() OVER (ORDER BY d) - 1 AS dix,
           count(*) OVER () AS nd
    FROM (SELECT DISTINCT race_dt AS d FROM races) x
), menu AS (
    SELECT * FROM (VALUES
      (0, 'Bacon roll', 'F', 3.50), (1, 'Chips', 'F', 2.80), (2, 'Burger', 'F', 6.50),
      (3, 'Soup of the day', 'F', 4.20), (4, 'Flapjack', 'F', 1.80), (5, 'Tea', 'H', 1.20),
      (6, 'Coffee', 'H', 2.10), (7, 'Hot chocolate', 'H', 2.40), (8, 'Squash', 'S', 0.80),
      (9, 'Can of Coke', 'S', 1.50), (10, 'Tap water', 'S', 0.00), (11, 'Pint of bitter', 'A', 4.20),
      (12, 'Pint of lager', 'A', 4.50), (13, 'Cider', 'A', 4.40), (14, 'Glass of wine', 'A', 5.00)
    ) AS v(mix, item, cat, price)
), lines AS (
    SELECT i, days.d, days.dow, menu.item, menu.cat, menu.price,
           CASE WHEN i % 5 = 0 THEN NULL ELSE ((i * 29) % 420) + 1 END AS mid
    FROM generate_series(1, 3600) AS i
         JOIN days ON days.dix = (i * 7) % (SELECT max(nd) FROM days)
         JOIN menu ON menu.mix = (i * 11 + i / 7) % 15
)
INSERT INTO galley_sales (sale_ts, till_ref, item, cat, qty, unit_price, disc_pct, member_id)
SELECT CASE WHEN l.dow = 3 THEN l.d + time '18:00' + ((i * 13) % 240) * interval '1 minute'
            WHEN l.cat = 'A' THEN l.d + time '12:30' + ((i * 37) % 300) * interval '1 minute'
            ELSE l.d + time '09:30' + ((i * 37) % 450) * interval '1 minute' END,
       'T' || lpad(i::text, 5, '0'),
       l.item, l.cat,
       1 + CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END + CASE WHEN i % 23 = 0 THEN 2 ELSE 0 END,
       CASE WHEN l.price = 0 THEN 0 ELSE l.price + (extract(year FROM l.d)::int - 2024) * 0.10 END,
       CASE WHEN l.cat = 'H' AND i % 97 = 0 THEN 100
            WHEN m.id IS NOT NULL AND i % 9 = 0 THEN 10 ELSE 0 END,
       m.id
FROM lines l
     LEFT JOIN members m ON m.id = l.mid AND m.joined_dt <= l.d AND (m.left_dt IS NULL OR m.left_dt >= l.d)
                       AND NOT (l.cat = 'A' AND m.class_cd = 'J')
ORDER BY 1, i;

-- fuel: safety boat on most race days, committee boat now and then
WITH days AS (
    SELECT d, row_number() OVER (ORDER BY d) AS j
    FROM (SELECT DISTINCT race_dt AS d FROM races) x
)
INSERT INTO fuel_log (boat_id, fill_dt, litres, ppl, cost_amt, eng_hrs, filled_by, notes)
SELECT boat_id, d, litres, ppl, round(litres * ppl, 2), hrs,
       CASE WHEN j % 6 = 1 THEN NULL ELSE 1 + (j * 41) % 170 END,
       CASE WHEN litres >= 34 THEN 'Filled from empty' WHEN j % 31 = 0 THEN 'Spare can topped up too' END
FROM (
    SELECT 1 AS boat_id, d, j,
           12.0 + ((j * 37) % 230) / 10.0 AS litres,
           (ARRAY[1.529, 1.449, 1.489])[extract(year FROM d)::int - 2023] AS ppl,
           812.0 + j * 1.5 AS hrs
    FROM days WHERE j % 2 = 0 OR j % 7 = 3
    UNION ALL
    SELECT 2, d, j,
           5.0 + ((j * 13) % 80) / 10.0,
           (ARRAY[1.529, 1.449, 1.489])[extract(year FROM d)::int - 2023],
           CASE WHEN j % 4 = 0 THEN NULL ELSE 2210.0 + j * 0.8 END
    FROM days WHERE j % 5 = 1
) s
ORDER BY d, boat_id;

-- maintenance jobs
INSERT INTO maint_jobs (boat_id, reported_dt, job_desc, prio, done_dt, cost_amt, done_by)
SELECT boat_id, rep,
       CASE WHEN boat_id IN (1, 2) THEN (ARRAY['Engine service','Replace kill cord','Patch tube','New prop',
                                              'Fix nav light','Replace fuel line','Battery flat - replace'])[1 + i % 7]
            ELSE (ARRAY['Replace mainsheet','Fix hull scratch','New toe straps','Rudder pintle loose',
                        'Replace bung','Re-rig after capsize','Sail torn - repair','Trolley wheel'])[1 + i % 8] END,
       (ARRAY['H','M','M','L','L'])[1 + i % 5],
       done,
       CASE WHEN done IS NULL OR i % 6 = 0 THEN NULL
            WHEN i % 13 = 0 THEN 0
            ELSE 15 + (i * 37) % 400 END,
       CASE WHEN done IS NULL THEN NULL
            WHEN boat_id IN (1, 2) AND i % 3 = 0 THEN 'Marine Engines Ltd'
            ELSE (ARRAY['Bosun','Work party','Bosun','Sails & Covers'])[1 + i % 4] END
FROM (
    SELECT i, rep,
           CASE WHEN b = 9 AND rep >= date '2025-11-01' THEN 10
                WHEN b = 11 AND rep >= date '2024-07-01' AND i % 4 <> 0 THEN 3
                ELSE b END AS boat_id,
           CASE WHEN rep > date '2026-10-01' OR i % 9 = 4 THEN NULL
                ELSE least(rep + (i * 7) % 40, date '2026-11-30') END AS done
    FROM (
        SELECT i, date '2024-01-08' + (i * 1049) / 170 AS rep, 1 + (i * 7) % 11 AS b
        FROM generate_series(1, 170) AS i
    ) a
) s
ORDER BY rep, i;
