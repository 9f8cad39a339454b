-- Made-up schema: a chain of dog boarding kennels with grooming salons (locations, customers,
-- dogs, kennel runs, boarding bookings, staff, grooming appointments, invoices, incidents).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (bookings and appointments after it are still upcoming).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS incident;
DROP TABLE IF EXISTS invoice;
DROP TABLE IF EXISTS grm_appt;
DROP TABLE IF EXISTS ktl_bkg;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS ktl_run;
DROP TABLE IF EXISTS dog;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS site;

-- ---------------------------------------------------------------- site (kennel locations)
CREATE TABLE site (
    site_id      smallint PRIMARY KEY,
    site_nm      text NOT NULL,
    city         text NOT NULL,
    state_cd     char(2) NOT NULL,
    opened_on    date NOT NULL,
    has_grooming boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE site IS 'Boarding kennel locations of the chain (Barkley Lodge)';
COMMENT ON COLUMN site.has_grooming IS 'true = the location has a grooming salon';

INSERT INTO site (site_id, site_nm, city, state_cd, opened_on, has_grooming) VALUES
    (1, 'Barkley Lodge Downtown',         'Denver',           'CO', '2016-04-01', true),
    (2, 'Barkley Lodge Highlands',        'Denver',           'CO', '2018-09-15', true),
    (3, 'Barkley Lodge Boulder',          'Boulder',          'CO', '2019-06-01', true),
    (4, 'Barkley Lodge Fort Collins',     'Fort Collins',     'CO', '2021-03-20', false),
    (5, 'Barkley Lodge Colorado Springs', 'Colorado Springs', 'CO', '2023-11-01', true);

-- ---------------------------------------------------------------- cust (dog owners)
CREATE TABLE cust (
    cust_id    integer PRIMARY KEY,
    fname      text NOT NULL,
    lname      text NOT NULL,
    email      text,
    phone      varchar(20),
    city       text,
    ref_src    char(2),
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE cust IS 'Customers (dog owners)';
COMMENT ON COLUMN cust.ref_src IS 'how the customer found us: WB = website, RF = referred by another customer, VT = referred by a vet, WI = walk-in; NULL = unknown';
COMMENT ON COLUMN cust.created_at IS 'when the customer account was created (sign-up)';

INSERT INTO cust (cust_id, fname, lname, email, phone, city, ref_src, created_at)
SELECT g, fn, ln,
       CASE WHEN g % 30 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@example.com') END,
       '720-555-' || lpad(((g * 389) % 10000)::text, 4, '0'),
       (ARRAY['Denver','Denver','Aurora','Boulder','Lakewood','Fort Collins','Colorado Springs'])[1 + g % 7],
       CASE WHEN g % 9 = 0 THEN NULL ELSE (ARRAY['WB','WB','RF','VT','WI','WB','RF','VT'])[g % 9] END,
       timestamptz '2022-01-05 10:00:00+00' + g * interval '5 days 19 hours' + ((g * 13) % 60) * interval '1 minute'
FROM (
    SELECT g,
           (ARRAY['Olivia','James','Emma','Noah','Ava','Mason','Sofia','Ethan','Isabella','Logan',
                  'Mia','Lucas','Harper','Jackson','Amelia','Aiden','Zoe','Carlos','Nora','Ravi'])[1 + g % 20] AS fn,
           (ARRAY['Anderson','Baker','Carter','Diaz','Evans','Foster','Gomez','Hughes','Ito','Jensen',
                  'Kowalski','Lopez','Murphy','Nakamura','Olsen','Perez','Quinn','Reyes','Schmidt','Turner',
                  'Vargas','Walsh','Young'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 240) AS g
) t;

-- ---------------------------------------------------------------- dog
CREATE TABLE dog (
    dog_id     integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    dog_nm     text NOT NULL,
    breed      text NOT NULL,
    size_cd    char(1) NOT NULL,
    dob        date,
    sex        char(1) NOT NULL,
    fixed      boolean NOT NULL,
    rabies_exp date,
    is_active  boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN dog.cust_id IS 'owner';
COMMENT ON COLUMN dog.size_cd IS 'S = small (under 20 lb), M = medium (20-50 lb), L = large (50-90 lb), X = giant (over 90 lb)';
COMMENT ON COLUMN dog.dob IS 'date of birth; NULL = unknown (rescue)';
COMMENT ON COLUMN dog.sex IS 'M = male, F = female';
COMMENT ON COLUMN dog.fixed IS 'spayed / neutered';
COMMENT ON COLUMN dog.rabies_exp IS 'expiry of the rabies vaccination; NULL = no vaccination record on file';
COMMENT ON COLUMN dog.is_active IS 'false = dog passed away or owner closed the profile';

INSERT INTO dog (dog_id, cust_id, dog_nm, breed, size_cd, dob, sex, fixed, rabies_exp, is_active)
SELECT g,
       1 + ((g - 1) * 7) % 225,                            -- customers 226-240 never added a dog
       (ARRAY['Bella','Max','Luna','Charlie','Daisy','Cooper','Lucy','Milo','Bailey','Rocky',
              'Sadie','Tucker','Molly','Bear','Stella','Duke','Penny','Zeus','Rosie','Finn',
              'Maple','Otis','Hazel','Koda','Willow'])[1 + (g * 3) % 25],
       (ARRAY['Labrador Retriever','Golden Retriever','French Bulldog','German Shepherd','Standard Poodle',
              'Dachshund','Beagle','Bernese Mountain Dog','Border Collie','Chihuahua','Great Dane',
              'Australian Shepherd','Shih Tzu','Mixed'])[b],
       (ARRAY['L','L','S','L','M','S','M','X','M','S','X','M','S','M'])[b],
       CASE WHEN g % 11 = 0 THEN NULL ELSE date '2012-03-01' + (g * 97) % 4000 END,
       CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END,
       g % 5 <> 2,
       CASE WHEN g % 13 = 0 THEN NULL ELSE date '2024-06-01' + (g * 41) % 730 END,
       g % 29 <> 0
FROM (SELECT g, 1 + (g * 5) % 14 AS b FROM generate_series(1, 330) AS g) t;

-- ---------------------------------------------------------------- ktl_run (kennel runs / suites)
CREATE TABLE ktl_run (
    run_id       integer PRIMARY KEY,
    site_id      smallint NOT NULL REFERENCES site (site_id),
    run_cd       varchar(6) NOT NULL,
    run_typ      char(2) NOT NULL,
    max_size     char(1) NOT NULL,
    nightly_rate numeric(6,2) NOT NULL
);
COMMENT ON TABLE ktl_run IS 'Kennel runs (enclosures) a dog sleeps in, per location';
COMMENT ON COLUMN ktl_run.run_typ IS 'ST = standard run, LX = luxury suite, IS = isolation run (sick or quarantined dogs)';
COMMENT ON COLUMN ktl_run.max_size IS 'largest dog size the run takes (see dog.size_cd)';
COMMENT ON COLUMN ktl_run.nightly_rate IS 'current list price per night, USD';

INSERT INTO ktl_run (run_id, site_id, run_cd, run_typ, max_size, nightly_rate)
SELECT g, s, t || '-' || lpad(k::text, 2, '0'), t,
       CASE WHEN t = 'ST' AND k % 2 = 0 THEN 'L' ELSE 'X' END,
       CASE t WHEN 'ST' THEN 45 + s * 2 WHEN 'LX' THEN 85 + s * 3 ELSE 60 END
FROM (
    SELECT g, 1 + (g - 1) / 12 AS s, (g - 1) % 12 + 1 AS k,
           CASE WHEN (g - 1) % 12 < 8 THEN 'ST' WHEN (g - 1) % 12 < 11 THEN 'LX' ELSE 'IS' END AS t
    FROM generate_series(1, 60) AS g
) r;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    stf_id   integer PRIMARY KEY,
    site_id  smallint NOT NULL REFERENCES site (site_id),
    full_nm  text NOT NULL,
    role_cd  char(2) NOT NULL,
    hire_dt  date NOT NULL,
    term_dt  date,
    hr_wage  numeric(6,2) NOT NULL
);
COMMENT ON COLUMN staff.role_cd IS 'GR = groomer, KA = kennel attendant, MG = location manager, FD = front desk';
COMMENT ON COLUMN staff.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN staff.hr_wage IS 'hourly wage, USD';

INSERT INTO staff (stf_id, site_id, full_nm, role_cd, hire_dt, term_dt, hr_wage) VALUES
    (1,  1, 'Maria Alvarez',   'GR', '2016-05-01', NULL,         27.50),
    (2,  1, 'Tom Becker',      'GR', '2019-02-11', NULL,         24.00),
    (3,  1, 'Keisha Grant',    'GR', '2024-09-01', NULL,         22.50),
    (4,  2, 'Luis Ortega',     'GR', '2018-09-15', NULL,         26.00),
    (5,  2, 'Hannah Park',     'GR', '2021-07-06', NULL,         23.75),
    (6,  3, 'Jake Morrison',   'GR', '2019-06-01', NULL,         25.25),
    (7,  3, 'Priya Shah',      'GR', '2022-03-14', NULL,         23.00),
    (8,  5, 'Emily Novak',     'GR', '2023-11-01', NULL,         24.50),
    (9,  5, 'Sam Whitfield',   'GR', '2023-11-01', NULL,         22.00),
    (10, 1, 'Rachel Kim',      'GR', '2017-03-01', '2024-08-31', 25.00),
    (26, 1, 'Diane Foster',    'MG', '2016-04-01', NULL,         34.00),
    (27, 2, 'Marcus Lee',      'MG', '2018-09-01', NULL,         33.00),
    (28, 3, 'Anna Weiss',      'MG', '2019-05-15', NULL,         32.50),
    (29, 4, 'Greg Holt',       'MG', '2021-03-01', '2025-04-30', 31.00),
    (30, 4, 'Tanya Brooks',    'MG', '2025-05-01', NULL,         32.00),
    (31, 1, 'Chris Doyle',     'FD', '2020-01-06', NULL,         18.50),
    (32, 2, 'Mei Lin',         'FD', '2022-06-20', NULL,         18.00),
    (33, 3, 'Owen Price',      'FD', '2023-02-01', '2025-07-15', 17.75),
    (34, 5, 'Julia Santos',    'FD', '2023-11-01', NULL,         18.25),
    (35, 4, 'Nate Carver',     'FD', '2021-04-12', NULL,         17.50),
    (36, 5, 'Colleen Ruiz',    'MG', '2023-10-15', NULL,         32.00);

INSERT INTO staff (stf_id, site_id, full_nm, role_cd, hire_dt, term_dt, hr_wage)
SELECT g, 1 + (g - 11) % 5,
       (ARRAY['Ben','Carla','Devon','Erin','Felix','Gina','Hector','Iris','Jon','Kara','Leo','Maya','Nico','Opal','Pete'])[g - 10]
       || ' ' ||
       (ARRAY['Adams','Brennan','Cole','Dunn','Ellis','Fox','Grady','Hale','Irwin','Joyce','Kemp','Lund','Marsh','Noble','Ortiz'])[1 + (g * 4) % 15],
       'KA',
       date '2019-01-07' + (g * 113) % 2100,
       CASE WHEN g IN (14, 22) THEN date '2025-03-31' + (g % 3) * 30 ELSE NULL END,
       16.00 + (g % 6) * 0.75
FROM generate_series(11, 25) AS g;

-- ---------------------------------------------------------------- ktl_bkg (boarding bookings)
CREATE TABLE ktl_bkg (
    bkg_id     integer PRIMARY KEY,
    dog_id     integer NOT NULL REFERENCES dog (dog_id),
    run_id     integer NOT NULL REFERENCES ktl_run (run_id),
    bkd_at     timestamptz NOT NULL,
    chk_in_dt  date NOT NULL,
    chk_out_dt date NOT NULL,
    act_out_ts timestamptz,
    bkg_stat   char(1) NOT NULL,
    rate       numeric(6,2) NOT NULL,
    disc_pct   numeric(4,1) NOT NULL DEFAULT 0,
    feed_own   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE ktl_bkg IS 'Boarding bookings (one dog, one run, one stay)';
COMMENT ON COLUMN ktl_bkg.bkd_at IS 'when the booking was made';
COMMENT ON COLUMN ktl_bkg.chk_in_dt IS 'arrival (check-in) date';
COMMENT ON COLUMN ktl_bkg.chk_out_dt IS 'planned departure (check-out) date; nights billed = chk_out_dt - chk_in_dt';
COMMENT ON COLUMN ktl_bkg.act_out_ts IS 'when the dog was actually picked up; NULL = not picked up (still here, upcoming, cancelled or no-show)';
COMMENT ON COLUMN ktl_bkg.bkg_stat IS 'S = scheduled (upcoming), I = in house (checked in), D = done (checked out), C = cancelled, N = no-show';
COMMENT ON COLUMN ktl_bkg.rate IS 'nightly rate agreed for this booking, USD, before discount';
COMMENT ON COLUMN ktl_bkg.disc_pct IS 'discount in percent off the nightly rate (e.g. 10.0 = 10 %)';
COMMENT ON COLUMN ktl_bkg.feed_own IS 'owner supplies the food';

INSERT INTO ktl_bkg (bkg_id, dog_id, run_id, bkd_at, chk_in_dt, chk_out_dt, act_out_ts, bkg_stat, rate, disc_pct, feed_own)
WITH b AS (
    SELECT g,
           1 + (g * 13) % 300 AS dog_id,                    -- dogs 301-330 never boarded
           CASE WHEN g % 100 = 0 THEN ((g * 7) % 55 / 11) * 12 + 12                 -- isolation runs, rarely
                ELSE ((g * 7) % 55 / 11) * 12 + (g * 7) % 55 % 11 + 1 END AS run_id,
           date '2024-01-02' + (g * 37) % 730 AS chk_in_dt,
           1 + (g * 3) % 10 AS nights
    FROM generate_series(1, 700) AS g
), s AS (
    SELECT b.*, chk_in_dt + nights AS chk_out_dt,
           CASE WHEN chk_in_dt > date '2025-11-30' THEN CASE WHEN g % 10 = 3 THEN 'C' ELSE 'S' END
                WHEN g % 10 = 3 THEN 'C'
                WHEN chk_in_dt + nights > date '2025-11-30' THEN 'I'
                WHEN g % 23 = 0 THEN 'N'
                ELSE 'D' END AS st
    FROM b
)
SELECT s.g, s.dog_id, s.run_id,
       ((s.chk_in_dt - (3 + s.g % 40))::timestamp + (8 + s.g % 11) * interval '1 hour'
            + ((s.g * 7) % 60) * interval '1 minute') AT TIME ZONE 'UTC',
       s.chk_in_dt, s.chk_out_dt,
       CASE WHEN s.st <> 'D' THEN NULL
            ELSE ((CASE WHEN s.g % 13 = 0 THEN s.chk_out_dt + 1                        -- picked up late
                        WHEN s.g % 17 = 0 AND s.nights > 1 THEN s.chk_out_dt - 1       -- picked up early
                        ELSE s.chk_out_dt END)::timestamp
                  + (15 + s.g % 6) * interval '1 hour' + ((s.g * 11) % 60) * interval '1 minute') AT TIME ZONE 'UTC' END,
       s.st,
       r.nightly_rate - CASE WHEN s.chk_in_dt < date '2025-01-01' THEN 3 ELSE 0 END,
       CASE WHEN s.nights >= 7 THEN 10 WHEN s.g % 8 = 0 THEN 5 ELSE 0 END,
       s.g % 3 = 0
FROM s JOIN ktl_run r ON r.run_id = s.run_id;

-- ---------------------------------------------------------------- grm_appt (grooming appointments)
CREATE TABLE grm_appt (
    appt_id    integer PRIMARY KEY,
    dog_id     integer NOT NULL REFERENCES dog (dog_id),
    site_id    smallint NOT NULL REFERENCES site (site_id),
    groomer_id integer NOT NULL,
    appt_ts    timestamptz NOT NULL,
    svc_cd     char(3) NOT NULL,
    price      numeric(7,2) NOT NULL,
    tip_amt    numeric(6,2),
    appt_stat  char(1) NOT NULL
);
COMMENT ON TABLE grm_appt IS 'Grooming salon appointments';
COMMENT ON COLUMN grm_appt.groomer_id IS 'staff member (staff.stf_id) doing the grooming';
COMMENT ON COLUMN grm_appt.appt_ts IS 'appointment start';
COMMENT ON COLUMN grm_appt.svc_cd IS 'BTH = bath & brush, FUL = full groom (bath and haircut), NLS = nail trim only, DSH = de-shedding treatment, PUP = puppy intro groom';
COMMENT ON COLUMN grm_appt.price IS 'price of the service, USD (tip not included)';
COMMENT ON COLUMN grm_appt.tip_amt IS 'tip left for the groomer, USD; NULL = no tip recorded';
COMMENT ON COLUMN grm_appt.appt_stat IS 'B = booked, D = done, N = no-show, X = cancelled by the customer';

INSERT INTO grm_appt (appt_id, dog_id, site_id, groomer_id, appt_ts, svc_cd, price, tip_amt, appt_stat)
WITH a AS (
    SELECT g,
           1 + (g * 17) % 330 AS dog_id,
           (ARRAY[1, 1, 2, 2, 3, 5, 1, 3, 5, 2])[1 + g % 10] AS site_id,
           timestamptz '2024-01-02 15:00:00+00' + ((g * 53) % 730) * interval '1 day' + (g % 8) * interval '1 hour'
               + (CASE WHEN g % 2 = 0 THEN 30 ELSE 0 END) * interval '1 minute' AS appt_ts,
           (ARRAY['BTH','FUL','NLS','DSH','FUL','BTH','PUP'])[1 + g % 7] AS svc_cd
    FROM generate_series(1, 800) AS g
), s AS (
    SELECT a.*,
           CASE a.site_id
                WHEN 1 THEN CASE WHEN a.appt_ts < timestamptz '2024-09-01 00:00:00+00' THEN (ARRAY[1, 2, 10])[1 + a.g % 3]
                                 ELSE (ARRAY[1, 2, 3])[1 + a.g % 3] END
                WHEN 2 THEN (ARRAY[4, 5, 4])[1 + (a.g / 10) % 3]
                WHEN 3 THEN (ARRAY[6, 7])[1 + (a.g / 10) % 2]
                ELSE (ARRAY[8, 9])[1 + (a.g / 10) % 2] END AS groomer_id,
           CASE WHEN a.appt_ts >= timestamptz '2025-12-01 00:00:00+00' THEN CASE WHEN a.g % 12 = 5 THEN 'X' ELSE 'B' END
                WHEN a.g % 12 = 5 THEN 'X'
                WHEN a.g % 19 = 0 THEN 'N'
                ELSE 'D' END AS st,
           (CASE a.svc_cd WHEN 'BTH' THEN 45 WHEN 'FUL' THEN 85 WHEN 'NLS' THEN 18 WHEN 'DSH' THEN 70 ELSE 40 END)
             + (CASE d.size_cd WHEN 'S' THEN 0 WHEN 'M' THEN 10 WHEN 'L' THEN 20 ELSE 35 END) AS price
    FROM a JOIN dog d ON d.dog_id = a.dog_id
)
SELECT g, dog_id, site_id, groomer_id, appt_ts, svc_cd, price,
       CASE WHEN st <> 'D' OR g % 4 = 0 THEN NULL ELSE round(price * (0.10 + (g % 3) * 0.05), 2) END,
       st
FROM s;

-- ---------------------------------------------------------------- invoice (boarding invoices)
CREATE TABLE invoice (
    inv_id    integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    bkg_id    integer NOT NULL,
    inv_dt    date NOT NULL,
    amt_due   numeric(9,2) NOT NULL,
    paid_amt  numeric(9,2) NOT NULL DEFAULT 0,
    paid_dt   date,
    pay_mthd  char(2)
);
COMMENT ON TABLE invoice IS 'Invoices for boarding stays (grooming is paid at the counter and not invoiced)';
COMMENT ON COLUMN invoice.bkg_id IS 'boarding booking (ktl_bkg.bkg_id) the invoice is for';
COMMENT ON COLUMN invoice.inv_dt IS 'invoice date: the check-out date, or the planned check-in date for a no-show fee';
COMMENT ON COLUMN invoice.amt_due IS 'amount invoiced, USD: billed nights x nightly rate less the discount; a no-show pays one night';
COMMENT ON COLUMN invoice.paid_amt IS 'amount received so far, USD';
COMMENT ON COLUMN invoice.paid_dt IS 'date of the (last) payment; NULL = not paid at all yet';
COMMENT ON COLUMN invoice.pay_mthd IS 'CC = card, CA = cash, AC = bank transfer (ACH), GC = gift card; NULL while unpaid';

INSERT INTO invoice (inv_id, cust_id, bkg_id, inv_dt, amt_due, paid_amt, paid_dt, pay_mthd)
WITH i AS (
    SELECT k.bkg_id, d.cust_id,
           CASE k.bkg_stat WHEN 'N' THEN k.chk_in_dt ELSE k.chk_out_dt END AS inv_dt,
           CASE k.bkg_stat WHEN 'N' THEN k.rate
                ELSE round(k.rate * (k.chk_out_dt - k.chk_in_dt) * (1 - k.disc_pct / 100), 2) END AS amt_due
    FROM ktl_bkg k JOIN dog d ON d.dog_id = k.dog_id
    WHERE k.bkg_stat IN ('D', 'N')
      AND k.bkg_id % 31 <> 0                                  -- a few finished stays were never invoiced
), p AS (
    SELECT i.*,
           CASE WHEN inv_dt >= date '2025-11-20' AND bkg_id % 2 = 0 THEN NULL
                WHEN bkg_id % 14 = 0 THEN NULL
                WHEN inv_dt + bkg_id % 9 > date '2025-11-30' THEN NULL
                ELSE inv_dt + bkg_id % 9 END AS paid_dt
    FROM i
)
SELECT row_number() OVER (ORDER BY inv_dt, bkg_id), cust_id, bkg_id, inv_dt, amt_due,
       CASE WHEN paid_dt IS NULL THEN 0 WHEN bkg_id % 25 = 0 THEN round(amt_due * 0.5, 2) ELSE amt_due END,
       paid_dt,
       CASE WHEN paid_dt IS NULL THEN NULL ELSE (ARRAY['CC','CC','CA','AC','CC','GC','AC'])[1 + bkg_id % 7] END
FROM p;

-- ---------------------------------------------------------------- incident (incidents during a stay)
CREATE TABLE incident (
    inc_id      integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES ktl_bkg (bkg_id),
    occ_ts      timestamptz NOT NULL,
    sev         char(1) NOT NULL,
    inc_type    text NOT NULL,
    vet_visit   boolean NOT NULL DEFAULT false,
    reported_by integer REFERENCES staff (stf_id)
);
COMMENT ON TABLE incident IS 'Incidents logged while a dog was boarding';
COMMENT ON COLUMN incident.occ_ts IS 'when it happened';
COMMENT ON COLUMN incident.sev IS 'L = low, M = medium, H = high severity';
COMMENT ON COLUMN incident.inc_type IS 'fight, injury, illness, escape attempt, food refusal';
COMMENT ON COLUMN incident.vet_visit IS 'true = the dog had to be seen by a vet';
COMMENT ON COLUMN incident.reported_by IS 'staff member who logged it; NULL = not recorded';

INSERT INTO incident (inc_id, bkg_id, occ_ts, sev, inc_type, vet_visit, reported_by)
SELECT row_number() OVER (ORDER BY k.bkg_id),
       k.bkg_id,
       ((k.chk_in_dt + (k.bkg_id % (k.chk_out_dt - k.chk_in_dt)))::timestamp
           + (7 + k.bkg_id % 14) * interval '1 hour' + ((k.bkg_id * 7) % 60) * interval '1 minute') AT TIME ZONE 'UTC',
       sv,
       (ARRAY['fight','injury','illness','escape attempt','food refusal','illness','fight'])[1 + k.bkg_id % 7],
       sv = 'H' OR (sv = 'M' AND k.bkg_id % 2 = 0),
       CASE WHEN k.bkg_id % 19 = 0 THEN NULL ELSE 11 + (r.site_id - 1) + 5 * (k.bkg_id % 3) END
FROM ktl_bkg k
JOIN ktl_run r ON r.run_id = k.run_id
CROSS JOIN LATERAL (SELECT (ARRAY['L','L','M','H','L','M'])[1 + (k.bkg_id + k.bkg_id / 7) % 6] AS sv) x
WHERE k.bkg_stat IN ('D', 'I')
  AND (k.bkg_id % 15 = 0 OR k.bkg_id % 22 = 0 OR (r.site_id = 2 AND k.bkg_id % 5 = 1));
