-- Made-up schema: a small-town taxi and minicab firm (drivers, vehicles, account customers,
-- phone/web/text bookings, completed trips incl. street hails, monthly account invoices,
-- driver shifts, cancellations and no-shows). Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2026-11-30 (end of day, UTC).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS cxl;
DROP TABLE IF EXISTS trip;
DROP TABLE IF EXISTS shift;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS acct;
DROP TABLE IF EXISTS veh;
DROP TABLE IF EXISTS drvr;

-- ---------------------------------------------------------------- drvr (drivers)
CREATE TABLE drvr (
    drv_id    integer PRIMARY KEY,
    fname     text NOT NULL,
    sname     text NOT NULL,
    badge_no  varchar(6) NOT NULL UNIQUE,
    emp_typ   char(1) NOT NULL,
    lic_exp   date NOT NULL,
    hired_on  date NOT NULL,
    left_on   date,
    mob       varchar(13)
);
COMMENT ON TABLE drvr IS 'Drivers on the firm''s books, past and present';
COMMENT ON COLUMN drvr.badge_no IS 'council driver badge number';
COMMENT ON COLUMN drvr.emp_typ IS 'E = employed driver (drives firm cars), O = owner-driver (self-employed, drives own vehicle and pays weekly radio rent)';
COMMENT ON COLUMN drvr.lic_exp IS 'last day on which the council hackney / private hire driver licence is valid';
COMMENT ON COLUMN drvr.left_on IS 'last working day with the firm; NULL = still drives for us';

INSERT INTO drvr (drv_id, fname, sname, badge_no, emp_typ, lic_exp, hired_on, left_on, mob) VALUES
    (1,  'Gary',    'Whitfield', 'TX101', 'O', '2027-03-31', '2012-05-01', NULL,         '07700 900101'),
    (2,  'Sandra',  'Kowalski',  'TX102', 'E', '2026-12-01', '2016-09-12', NULL,         '07700 900102'),
    (3,  'Imran',   'Hussain',   'TX103', 'O', '2027-08-14', '2014-02-03', NULL,         '07700 900103'),
    (4,  'Dave',    'Pritchard', 'TX104', 'E', '2025-06-30', '2010-01-04', '2025-06-30', '07700 900104'),
    (5,  'Lisa',    'Marsh',     'TX105', 'E', '2027-01-15', '2019-04-01', NULL,         '07700 900105'),
    (6,  'Tomasz',  'Nowak',     'TX106', 'E', '2026-11-30', '2020-07-20', NULL,         '07700 900106'),
    (7,  'Kevin',   'Doyle',     'TX107', 'O', '2026-10-15', '2015-03-09', NULL,         '07700 900107'),
    (8,  'Amina',   'Begum',     'TX108', 'E', '2028-02-29', '2021-11-01', NULL,         '07700 900108'),
    (9,  'Paul',    'Stanton',   'TX109', 'E', '2027-05-31', '2018-06-18', '2025-11-14', '07700 900109'),
    (10, 'Rachel',  'Greene',    'TX110', 'E', '2027-09-30', '2022-03-07', NULL,         '07700 900110'),
    (11, 'Mohammed','Ali',       'TX111', 'O', '2027-12-31', '2013-08-19', NULL,         '07700 900111'),
    (12, 'Steve',   'Holloway',  'TX112', 'E', '2026-09-30', '2017-10-02', '2026-09-30', '07700 900112'),
    (13, 'Karen',   'Doherty',   'TX113', 'E', '2027-04-30', '2023-01-09', NULL,         '07700 900113'),
    (14, 'Jason',   'Reid',      'TX114', 'E', '2027-02-28', '2024-05-13', NULL,         NULL),
    (15, 'Bogdan',  'Ionescu',   'TX115', 'O', '2026-11-24', '2016-11-21', NULL,         '07700 900115'),
    (16, 'Nicola',  'Barnes',    'TX116', 'E', '2028-06-30', '2025-02-03', NULL,         '07700 900116'),
    (17, 'Raj',     'Patel',     'TX117', 'O', '2027-07-31', '2011-04-11', NULL,         '07700 900117'),
    (18, 'Chris',   'Lowe',      'TX118', 'E', '2027-10-31', '2025-08-18', NULL,         '07700 900118'),
    (19, 'Sean',    'Murphy',    'TX119', 'E', '2025-12-31', '2019-01-07', '2025-12-19', '07700 900119'),
    (20, 'Emma',    'Clarke',    'TX120', 'E', '2028-01-31', '2026-03-02', NULL,         '07700 900120'),
    (21, 'Darren',  'Cole',      'TX121', 'E', '2027-06-30', '2026-06-15', NULL,         NULL),
    (22, 'Yusuf',   'Demir',     'TX122', 'O', '2028-09-30', '2026-09-01', NULL,         '07700 900122'),
    (23, 'Helen',   'Foster',    'TX123', 'E', '2027-11-30', '2026-11-26', NULL,         '07700 900123'),
    (24, 'Mark',    'Jennings',  'TX124', 'E', '2026-12-31', '2026-11-30', NULL,         '07700 900124');

-- ---------------------------------------------------------------- veh (vehicles)
CREATE TABLE veh (
    veh_id     integer PRIMARY KEY,
    reg_no     varchar(8) NOT NULL UNIQUE,
    make       text NOT NULL,
    model      text NOT NULL,
    yr         smallint NOT NULL,
    v_cls      char(1) NOT NULL,
    seats      smallint NOT NULL,
    fuel       char(1) NOT NULL,
    owner_drv  integer REFERENCES drvr (drv_id),
    plate_no   varchar(5) NOT NULL,
    mot_due    date,
    insp_due   date NOT NULL,
    in_svc     date NOT NULL,
    retired_on date
);
COMMENT ON TABLE veh IS 'Licensed vehicles: the firm''s own cars and owner-drivers'' cars';
COMMENT ON COLUMN veh.v_cls IS 'S = saloon, E = estate, M = MPV / people carrier, W = wheelchair accessible';
COMMENT ON COLUMN veh.seats IS 'passenger seats';
COMMENT ON COLUMN veh.fuel IS 'P = petrol, D = diesel, H = hybrid, E = electric';
COMMENT ON COLUMN veh.owner_drv IS 'owner-driver who owns the car; NULL = firm-owned';
COMMENT ON COLUMN veh.plate_no IS 'council licence plate number';
COMMENT ON COLUMN veh.mot_due IS 'date the current MOT certificate runs out; NULL = less than 3 years old, no MOT needed yet';
COMMENT ON COLUMN veh.insp_due IS 'date the next council plate inspection is due';
COMMENT ON COLUMN veh.retired_on IS 'last day in service; NULL = still in service';

INSERT INTO veh (veh_id, reg_no, make, model, yr, v_cls, seats, fuel, owner_drv, plate_no, mot_due, insp_due, in_svc, retired_on) VALUES
    (1,  'KX19 ABF', 'Skoda',    'Octavia',   2019, 'E', 4, 'D', NULL, 'P0411', '2027-02-11', '2026-12-15', '2019-05-20', NULL),
    (2,  'KX68 TRN', 'Toyota',   'Prius',     2018, 'S', 4, 'H', NULL, 'P0388', '2026-11-30', '2026-11-20', '2018-10-01', NULL),
    (3,  'LB17 WHC', 'Peugeot',  'E7',        2017, 'W', 6, 'D', NULL, 'H0102', '2025-10-01', '2025-11-15', '2017-04-03', '2025-09-30'),
    (4,  'KY20 MPV', 'Ford',     'Galaxy',    2020, 'M', 6, 'D', NULL, 'P0452', '2026-12-31', '2027-01-31', '2020-03-09', NULL),
    (5,  'KP21 HYB', 'Toyota',   'Corolla',   2021, 'S', 4, 'H', NULL, 'P0477', '2027-04-30', '2026-12-01', '2021-04-26', NULL),
    (6,  'KN70 LEV', 'LEVC',     'TX',        2020, 'W', 5, 'E', NULL, 'H0131', '2027-06-15', '2027-01-10', '2020-11-02', NULL),
    (7,  'KV16 OLD', 'Skoda',    'Superb',    2016, 'S', 4, 'D', NULL, 'P0301', '2025-08-31', '2025-09-30', '2016-06-13', '2025-08-31'),
    (8,  'KX25 NEV', 'Kia',      'Niro EV',   2025, 'S', 4, 'E', NULL, 'P0530', NULL,         '2026-12-31', '2025-09-01', NULL),
    (9,  'KE22 VAN', 'Mercedes', 'Vito',      2022, 'W', 7, 'D', NULL, 'H0140', '2026-12-01', '2026-11-30', '2022-07-18', NULL),
    (10, 'KS76 BYD', 'BYD',      'Atto 3',    2026, 'E', 4, 'E', NULL, 'P0561', NULL,         '2027-05-25', '2026-11-25', NULL),
    (11, 'GW18 GRY', 'Skoda',    'Octavia',   2018, 'E', 4, 'D', 1,    'P0366', '2027-01-20', '2027-03-01', '2018-03-12', NULL),
    (12, 'IH66 TAX', 'Toyota',   'Prius+',    2016, 'M', 6, 'H', 3,    'P0290', '2026-10-31', '2026-12-31', '2016-11-07', NULL),
    (13, 'KD15 DOY', 'Ford',     'Mondeo',    2015, 'S', 4, 'D', 7,    'P0265', '2027-03-05', '2027-01-01', '2015-05-11', NULL),
    (14, 'MA19 CAB', 'Toyota',   'Auris',     2019, 'E', 4, 'H', 11,   'P0402', '2027-05-14', '2027-02-14', '2019-06-03', NULL),
    (15, 'BI23 ONE', 'Dacia',    'Jogger',    2023, 'M', 6, 'P', 15,   'P0505', '2026-12-31', '2027-06-30', '2023-02-13', NULL),
    (16, 'RP69 PAT', 'Mercedes', 'E-Class',   2019, 'S', 4, 'D', 17,   'P0415', '2027-01-31', '2027-01-31', '2019-12-02', NULL),
    (17, 'YD24 DEM', 'Kia',      'e-Niro',    2024, 'S', 4, 'E', 22,   'P0549', '2027-08-31', '2027-08-31', '2026-09-01', NULL);

-- ---------------------------------------------------------------- acct (account customers, invoiced monthly)
CREATE TABLE acct (
    acct_id    integer PRIMARY KEY,
    acct_cd    varchar(6) NOT NULL UNIQUE,
    acct_nm    text NOT NULL,
    bill_email text,
    terms_days smallint NOT NULL,
    cr_limit   numeric(8,2) NOT NULL,
    opened_on  date NOT NULL,
    closed_on  date
);
COMMENT ON TABLE acct IS 'Account customers: businesses whose rides are put on account and invoiced monthly';
COMMENT ON COLUMN acct.terms_days IS 'payment terms: invoice is due this many days after it is issued';
COMMENT ON COLUMN acct.cr_limit IS 'credit limit, GBP';
COMMENT ON COLUMN acct.closed_on IS 'date the account was closed; NULL = open';

INSERT INTO acct (acct_id, acct_cd, acct_nm, bill_email, terms_days, cr_limit, opened_on, closed_on) VALUES
    (1,  'CASTLE', 'Castle Hotel',               'accounts@castlehotel.example',   30, 3000, '2014-06-01', NULL),
    (2,  'STMARY', 'St Mary''s Surgery',         'practice@stmarys.example',       30, 1500, '2017-01-01', NULL),
    (3,  'HARTLY', 'Hartley & Sons Solicitors',  'billing@hartleys.example',       14, 1000, '2019-03-15', NULL),
    (4,  'GRNFLD', 'Greenfield Primary School',  'office@greenfield.example',      30, 2000, '2020-09-01', NULL),
    (5,  'RVSIDE', 'Riverside Care Home',        NULL,                             30, 2500, '2016-05-01', NULL),
    (6,  'BROOKE', 'Brook Engineering Ltd',      'ap@brookeng.example',            30, 1500, '2018-02-01', '2026-04-30'),
    (7,  'PLOUGH', 'The Plough Inn',             'landlord@theplough.example',     14,  500, '2021-07-01', NULL),
    (8,  'NGVETS', 'Northgate Vets',             'reception@northgatevets.example',14,  500, '2025-06-01', NULL),
    (9,  'TWNCNL', 'Town Council',               'invoices@towncouncil.example',   30, 5000, '2015-01-01', NULL),
    (10, 'ABBEYD', 'Abbey Dental',               'hello@abbeydental.example',      14,  500, '2026-11-20', NULL),
    (11, 'MOORGC', 'Moorside Golf Club',         NULL,                             30, 1000, '2023-03-01', '2024-12-31');

-- ---------------------------------------------------------------- bkg (bookings taken by phone, web form or text)
CREATE TABLE bkg (
    bkg_id    integer PRIMARY KEY,
    booked_at timestamptz NOT NULL,
    pu_at     timestamptz NOT NULL,
    chan      char(1) NOT NULL,
    acct_id   integer REFERENCES acct (acct_id),
    cust_nm   text,
    cust_tel  varchar(13),
    pu_area   text NOT NULL,
    dest      text,
    pax       smallint NOT NULL
);
COMMENT ON TABLE bkg IS 'Pre-booked jobs. Street hails and rank pick-ups are not booked and appear only in trip';
COMMENT ON COLUMN bkg.booked_at IS 'when the booking was taken';
COMMENT ON COLUMN bkg.pu_at IS 'pick-up time the customer asked for';
COMMENT ON COLUMN bkg.chan IS 'how it was booked: P = phone, W = website form, T = text message';
COMMENT ON COLUMN bkg.acct_id IS 'account customer the job is charged to; NULL = private customer paying the driver';
COMMENT ON COLUMN bkg.dest IS 'destination area given when booking; NULL = not given (as directed)';
COMMENT ON COLUMN bkg.pax IS 'number of passengers';

INSERT INTO bkg (bkg_id, booked_at, pu_at, chan, acct_id, cust_nm, cust_tel, pu_area, dest, pax)
WITH b AS (
    SELECT g,
           timestamptz '2025-01-01 05:30:00+00' + g * interval '5 hours 5 minutes' + ((g * 37) % 47) * interval '1 minute' AS pu_at,
           CASE WHEN g % 6 = 0 THEN ((g * 53) % (5 * 24 * 60)) + 30 ELSE 5 + (g * 11) % 55 END AS lead_min,
           CASE WHEN g % 4 = 0 THEN 1 + ((g / 4) * 7) % 9 END AS acct_guess
    FROM generate_series(1, 3330) AS g
)
SELECT b.g,
       b.pu_at - b.lead_min * interval '1 minute',
       b.pu_at,
       CASE WHEN b.g % 7 IN (0, 3) THEN 'W' WHEN b.g % 7 = 5 THEN 'T' ELSE 'P' END,
       a.acct_id,
       CASE WHEN b.g % 31 = 0 THEN NULL
            ELSE (ARRAY['Mrs Jones','Mr Patel','Tracey','Dr Evans','Mr Hughes','Ms Wright','Bill','Mrs O''Neill',
                        'Mr Green','Jo','Mrs Shaw','Ahmed','Mr Baker','Kate','Mrs Lloyd','Mr Price'])[1 + (b.g * 5) % 16] END,
       CASE WHEN b.g % 9 = 0 THEN NULL ELSE '07700 9' || lpad(((b.g * 173) % 100000)::text, 5, '0') END,
       (ARRAY['Town Centre','Railway Station','Hospital','Northfield','Westgate','Abbey Park',
              'Mill Lane Estate','Market Square','Riverside','Castle Hill'])[1 + (b.g * 3) % 10],
       CASE WHEN b.g % 11 = 0 THEN NULL
            WHEN b.g % 13 = 0 THEN 'Airport'
            ELSE (ARRAY['Railway Station','Town Centre','Hospital','Northfield','Westgate','Abbey Park',
                        'Mill Lane Estate','Market Square','Riverside','Castle Hill','Retail Park'])[1 + (b.g * 7) % 11] END,
       CASE WHEN b.g % 13 = 0 THEN 2 + b.g % 3 WHEN b.g % 10 = 0 THEN 2 WHEN b.g % 37 = 0 THEN 6 ELSE 1 END
FROM b
LEFT JOIN acct a
       ON a.acct_id = b.acct_guess
      AND a.opened_on <= (b.pu_at AT TIME ZONE 'UTC')::date
      AND (a.closed_on IS NULL OR a.closed_on >= (b.pu_at AT TIME ZONE 'UTC')::date)
WHERE b.pu_at - b.lead_min * interval '1 minute' < timestamptz '2026-12-01 00:00:00+00';

-- ---------------------------------------------------------------- inv (monthly invoices to account customers)
CREATE TABLE inv (
    inv_no    integer PRIMARY KEY,
    acct_id   integer NOT NULL REFERENCES acct (acct_id),
    per_mo    date NOT NULL,
    issued_on date NOT NULL,
    amt       numeric(9,2) NOT NULL,
    paid_on   date,
    UNIQUE (acct_id, per_mo)
);
COMMENT ON COLUMN inv.per_mo IS 'first day of the calendar month the invoice covers';
COMMENT ON COLUMN inv.amt IS 'invoice total, GBP: fares plus any tips of the account''s trips picked up in that month';
COMMENT ON COLUMN inv.paid_on IS 'date payment was received; NULL = unpaid';

-- ---------------------------------------------------------------- shift (driver shifts)
CREATE TABLE shift (
    shift_id integer PRIMARY KEY,
    drv_id   integer NOT NULL REFERENCES drvr (drv_id),
    veh_id   integer NOT NULL,
    on_ts    timestamptz NOT NULL,
    off_ts   timestamptz,
    brk_min  smallint NOT NULL DEFAULT 0
);
COMMENT ON COLUMN shift.veh_id IS 'vehicle driven on the shift (veh.veh_id)';
COMMENT ON COLUMN shift.on_ts IS 'clocked on';
COMMENT ON COLUMN shift.off_ts IS 'clocked off; NULL = still on shift';
COMMENT ON COLUMN shift.brk_min IS 'unpaid break taken during the shift, minutes';

INSERT INTO shift (shift_id, drv_id, veh_id, on_ts, off_ts, brk_min)
WITH days AS (
    SELECT d::date AS d, (row_number() OVER (ORDER BY d))::int AS di
    FROM generate_series(date '2025-01-01', date '2026-11-30', interval '1 day') AS d
), slots (sl, start_t, len_h) AS (
    VALUES (0, time '06:00', 8), (1, time '07:30', 9), (2, time '14:00', 8),
           (3, time '16:00', 9), (4, time '22:00', 8), (5, time '23:00', 7)
), act AS (                                   -- drivers available that day
    SELECT days.d, days.di, r.drv_id, r.emp_typ,
           (row_number() OVER (PARTITION BY days.d ORDER BY r.drv_id) - 1)::int AS rk,
           (count(*) OVER (PARTITION BY days.d))::int AS n
    FROM days
    JOIN drvr r ON r.hired_on <= days.d AND (r.left_on IS NULL OR r.left_on >= days.d)
    WHERE r.drv_id <> 24                                                        -- starts on the road in December
      AND NOT (r.drv_id = 5 AND days.d BETWEEN date '2026-10-20' AND date '2026-11-30')   -- long-term sick
), fleet AS (                                 -- firm cars in service that day
    SELECT days.d, v.veh_id,
           (row_number() OVER (PARTITION BY days.d ORDER BY v.veh_id) - 1)::int AS rk,
           (count(*) OVER (PARTITION BY days.d))::int AS n
    FROM days
    JOIN veh v ON v.owner_drv IS NULL AND v.in_svc <= days.d AND (v.retired_on IS NULL OR v.retired_on >= days.d)
), s AS (
    SELECT days.d, days.di, slots.sl, act.drv_id, act.emp_typ,
           (days.d + slots.start_t) AT TIME ZONE 'UTC' AS on_ts,
           slots.len_h
    FROM days
    CROSS JOIN slots
    JOIN act ON act.d = days.d AND act.rk = (days.di * 5 + slots.sl * 3) % act.n
)
SELECT (row_number() OVER (ORDER BY s.on_ts, s.sl))::int,
       s.drv_id,
       coalesce(o.veh_id, f.veh_id),
       s.on_ts,
       CASE WHEN s.on_ts + s.len_h * interval '1 hour' + ((s.di * 7 + s.sl * 13) % 31) * interval '1 minute'
                 >= timestamptz '2026-12-01 00:00:00+00' THEN NULL
            ELSE s.on_ts + s.len_h * interval '1 hour' + ((s.di * 7 + s.sl * 13) % 31) * interval '1 minute' END,
       ((s.di + s.sl) % 4) * 15
FROM s
LEFT JOIN veh o ON o.owner_drv = s.drv_id
LEFT JOIN fleet f ON s.emp_typ = 'E' AND f.d = s.d AND f.rk = (s.sl + s.di) % f.n;

CREATE INDEX shift_on_ts ON shift (on_ts);

-- ---------------------------------------------------------------- trip (completed trips, booked or hailed)
CREATE TABLE trip (
    trip_id integer PRIMARY KEY,
    bkg_id  integer REFERENCES bkg (bkg_id),
    drv_id  integer NOT NULL REFERENCES drvr (drv_id),
    veh_id  integer NOT NULL REFERENCES veh (veh_id),
    pu_ts   timestamptz NOT NULL,
    do_ts   timestamptz NOT NULL,
    miles   numeric(5,1) NOT NULL,
    fare    numeric(7,2) NOT NULL,
    tip     numeric(6,2) NOT NULL DEFAULT 0,
    pay_cd  char(1) NOT NULL,
    inv_no  integer REFERENCES inv (inv_no)
);
COMMENT ON TABLE trip IS 'Completed trips (jobs), from bookings and from street hails / rank pick-ups';
COMMENT ON COLUMN trip.bkg_id IS 'booking the trip came from; NULL = street hail or rank pick-up (not booked)';
COMMENT ON COLUMN trip.pu_ts IS 'passenger picked up';
COMMENT ON COLUMN trip.do_ts IS 'passenger dropped off';
COMMENT ON COLUMN trip.fare IS 'metered fare, GBP, tip not included; 0 = free ride (goodwill / complaint)';
COMMENT ON COLUMN trip.tip IS 'tip, GBP; 0 = none';
COMMENT ON COLUMN trip.pay_cd IS 'C = cash, K = card, A = on account (put on the account customer''s monthly invoice)';
COMMENT ON COLUMN trip.inv_no IS 'invoice an account trip was billed on; NULL = not invoiced (yet), always NULL for cash and card trips';

INSERT INTO trip (trip_id, bkg_id, drv_id, veh_id, pu_ts, do_ts, miles, fare, tip, pay_cd, inv_no)
WITH booked AS (
    SELECT b.bkg_id AS k, b.bkg_id, b.acct_id,
           b.pu_at + ((b.bkg_id * 13) % 11) * interval '1 minute' AS pu_ts,
           CASE WHEN b.dest = 'Airport' THEN 18 + b.bkg_id % 5
                ELSE 1.2 + ((b.bkg_id * 37) % 95) / 10.0 END AS miles,
           b.bkg_id % 101 = 0 AS free_ride
    FROM bkg b
    WHERE b.bkg_id % 29 <> 0 AND b.bkg_id % 19 <> 0 AND b.bkg_id % 53 <> 0
      AND b.bkg_id % 71 <> 0 AND b.bkg_id % 211 <> 0              -- cancelled, no-show, or never recorded
), hailed AS (
    SELECT 100000 + h AS k, NULL::integer AS bkg_id, NULL::integer AS acct_id,
           timestamptz '2025-01-01 08:00:00+00' + h * interval '12 hours' + ((h * 29) % 200) * interval '1 minute' AS pu_ts,
           CASE WHEN h % 97 = 0 THEN 22.5 + h % 5 ELSE 0.6 + ((h * 23) % 60) / 10.0 END AS miles,
           h % 89 = 0 AS free_ride
    FROM generate_series(1, 1400) AS h
), t AS (
    SELECT x.*,
           x.pu_ts + (4 + round(x.miles * 2.2)) * interval '1 minute' AS do_ts,
           CASE WHEN x.free_ride THEN 0
                ELSE round((3.80 + 2.10 * x.miles)
                           * CASE WHEN extract(hour FROM x.pu_ts AT TIME ZONE 'UTC') >= 23
                                    OR extract(hour FROM x.pu_ts AT TIME ZONE 'UTC') < 6 THEN 1.5 ELSE 1 END, 1) END AS fare,
           CASE WHEN x.acct_id IS NOT NULL THEN 'A'
                WHEN (x.k * 7) % 10 < CASE WHEN x.pu_ts >= timestamptz '2026-01-01 00:00:00+00' THEN 6 ELSE 4 END THEN 'K'
                ELSE 'C' END AS pay_cd
    FROM (SELECT * FROM booked UNION ALL SELECT * FROM hailed) x
), w AS (
    SELECT t.*, sh.drv_id, sh.veh_id
    FROM t
    CROSS JOIN LATERAL (
        SELECT s.drv_id, s.veh_id FROM shift s
        WHERE s.on_ts <= t.pu_ts AND (s.off_ts IS NULL OR s.off_ts > t.pu_ts)
          AND s.on_ts > t.pu_ts - interval '10 hours'
        ORDER BY (s.shift_id * 31 + t.k) % 101, s.shift_id
        LIMIT 1
    ) sh
    WHERE t.do_ts < timestamptz '2026-12-01 00:00:00+00'      -- not finished by the cut-off: not a trip yet
)
SELECT (row_number() OVER (ORDER BY pu_ts, k))::int,
       bkg_id, drv_id, veh_id, pu_ts, do_ts, miles, fare,
       CASE WHEN fare = 0 THEN 0
            WHEN pay_cd = 'K' AND k % 3 = 0 THEN round(fare * 0.10, 1)
            WHEN pay_cd = 'C' AND k % 4 = 1 THEN 1 + k % 3
            WHEN pay_cd = 'A' AND k % 10 = 0 THEN 2
            ELSE 0 END,
       pay_cd, NULL
FROM w;

-- invoices: one per account and month with account trips, October 2026 the latest (November not billed yet)
INSERT INTO inv (inv_no, acct_id, per_mo, issued_on, amt, paid_on)
WITH m AS (
    SELECT b.acct_id, date_trunc('month', t.pu_ts AT TIME ZONE 'UTC')::date AS per_mo, sum(t.fare + t.tip) AS amt
    FROM trip t JOIN bkg b ON b.bkg_id = t.bkg_id
    WHERE t.pay_cd = 'A' AND t.pu_ts < timestamptz '2026-11-01 00:00:00+00'
    GROUP BY 1, 2
), n AS (
    SELECT m.*, (row_number() OVER (ORDER BY per_mo, acct_id))::int AS rn,
           (per_mo + interval '1 month')::date + 1 + acct_id % 4 AS issued_on
    FROM m
), p AS (
    SELECT n.*,
           CASE WHEN acct_id = 5 AND per_mo IN (date '2026-01-01', date '2026-06-01') THEN NULL   -- disputed, never paid
                WHEN acct_id = 6 AND per_mo = date '2026-04-01' THEN NULL                   -- closed account, bad debt
                WHEN acct_id = 7 AND per_mo = date '2026-10-01' THEN NULL                   -- overlooked by the pub
                WHEN acct_id = 5 THEN issued_on + 40 + rn % 20
                WHEN acct_id = 4 THEN issued_on + 25 + rn % 16
                ELSE issued_on + 5 + (rn * 7) % 20 END AS paid_on
    FROM n
)
SELECT 5000 + rn, acct_id, per_mo, issued_on, amt,
       CASE WHEN paid_on > date '2026-11-30' THEN NULL ELSE paid_on END
FROM p;

UPDATE trip t
SET inv_no = i.inv_no
FROM bkg b, inv i
WHERE b.bkg_id = t.bkg_id AND t.pay_cd = 'A'
  AND i.acct_id = b.acct_id AND i.per_mo = date_trunc('month', t.pu_ts AT TIME ZONE 'UTC')::date;

-- ---------------------------------------------------------------- cxl (cancellations and no-shows of bookings)
CREATE TABLE cxl (
    cxl_id  integer PRIMARY KEY,
    bkg_id  integer NOT NULL UNIQUE REFERENCES bkg (bkg_id),
    cx_ts   timestamptz NOT NULL,
    rsn_cd  char(2) NOT NULL,
    fee     numeric(5,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE cxl IS 'Bookings that did not become a trip and why';
COMMENT ON COLUMN cxl.cx_ts IS 'when the booking was called off (for NS: when the driver gave up waiting)';
COMMENT ON COLUMN cxl.rsn_cd IS 'CC = cancelled by the customer, NS = no-show (driver went, passenger never came), NA = no car available, DC = cancelled by us (breakdown, driver ill)';
COMMENT ON COLUMN cxl.fee IS 'cancellation / no-show fee charged to the customer, GBP; 0 = none';

INSERT INTO cxl (cxl_id, bkg_id, cx_ts, rsn_cd, fee)
WITH c AS (
    SELECT b.*,
           CASE WHEN b.bkg_id % 29 = 0 THEN 'NS'
                WHEN b.bkg_id % 19 = 0 THEN 'CC'
                WHEN b.bkg_id % 53 = 0 THEN 'NA'
                WHEN b.bkg_id % 71 = 0 THEN 'DC' END AS rsn_cd,
           greatest(b.booked_at + interval '1 minute', b.pu_at - ((b.bkg_id * 7) % 120) * interval '1 minute') AS cc_ts
    FROM bkg b
    WHERE b.bkg_id % 29 = 0 OR b.bkg_id % 19 = 0 OR b.bkg_id % 53 = 0 OR b.bkg_id % 71 = 0
), x AS (
    SELECT c.*,
           CASE rsn_cd WHEN 'NS' THEN pu_at + interval '12 minutes'
                       WHEN 'CC' THEN cc_ts
                       WHEN 'NA' THEN greatest(booked_at + interval '1 minute', pu_at - interval '5 minutes')
                       ELSE greatest(booked_at + interval '1 minute', pu_at - interval '20 minutes') END AS cx_ts
    FROM c
)
SELECT (row_number() OVER (ORDER BY cx_ts, bkg_id))::int, bkg_id, cx_ts, rsn_cd,
       CASE WHEN rsn_cd = 'NS' AND acct_id IS NOT NULL THEN 10
            WHEN rsn_cd = 'NS' AND bkg_id % 2 = 0 THEN 5
            WHEN rsn_cd = 'CC' AND pu_at - cx_ts <= interval '15 minutes' THEN 3
            ELSE 0 END
FROM x
WHERE cx_ts < timestamptz '2026-12-01 00:00:00+00';
