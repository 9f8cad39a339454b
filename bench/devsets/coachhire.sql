-- Coach hire database for our family firm (Waveney Valley Coaches).
-- We run 14 coaches, from the 16-seat Sprinter up to the 70-seat double-decker.
-- Schools, clubs, wedding parties, private groups and a few local businesses ring or
-- email for a price: every price we send is a quote, and it is either accepted, lost,
-- or still waiting for an answer. An accepted quote becomes a hire with a hire ref,
-- and each hire has one or more journeys (out, back, and day excursions on tours),
-- each with its coach, its driver and the miles on the clock.
-- Drivers hold a PCV licence with an expiry date and log their hours every day they work.
-- Coaches go in for their MOT, services and tacho calibration; drivers report defects
-- and we fill in the repaired date when the garage has fixed them.
-- Private customers pay a deposit when they book and the balance before they travel;
-- schools and businesses are on account and get one invoice after the trip.
-- Some invoices go overdue; a couple of 2024 ones never got paid at all.
-- Diesel goes on the fuel card, one card per coach; the daily school contract runs are on
-- the council's system, not in here, so the card shows more diesel than these journeys use.

DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS fuel_purchases;
DROP TABLE IF EXISTS defects;
DROP TABLE IF EXISTS coach_checks;
DROP TABLE IF EXISTS driver_hours;
DROP TABLE IF EXISTS journey;
DROP TABLE IF EXISTS hires;
DROP TABLE IF EXISTS quote;
DROP TABLE IF EXISTS drivers;
DROP TABLE IF EXISTS coach;
DROP TABLE IF EXISTS customers;

-- ---------------------------------------------------------------------------
CREATE TABLE customers (
  cust_id      integer PRIMARY KEY,
  cust_name    text    NOT NULL,
  cust_type    char(1) NOT NULL,
  contact_name text,
  phone        text,
  email        text,
  town         text    NOT NULL,
  opened_dt    date    NOT NULL,
  on_stop      boolean NOT NULL DEFAULT false,
  notes        text
);
COMMENT ON TABLE customers IS 'Everyone who has asked us for a price: schools, clubs, wedding parties, private groups, businesses.';
COMMENT ON COLUMN customers.cust_type IS 'Kind of customer: S = school, C = club or society, W = wedding party, P = private group, B = business';
COMMENT ON COLUMN customers.contact_name IS 'Who we deal with (trips coordinator, club secretary, bride or groom, ...)';
COMMENT ON COLUMN customers.opened_dt IS 'Date we first put them on the system';
COMMENT ON COLUMN customers.on_stop IS 'True = account on stop, no more bookings until they pay what they owe';

INSERT INTO customers (cust_id, cust_name, cust_type, contact_name, phone, email, town, opened_dt, on_stop, notes)
SELECT i,
       CASE
         WHEN r <= 2 THEN town || ' ' || (ARRAY['Primary School','High School','Academy'])[r + 1]
         WHEN r = 3 THEN town || ' ' || (ARRAY['Bowls Club','Cricket Club','Gardening Club','Rotary Club','Golf Society','Camera Club'])[1 + k % 6]
         WHEN r = 4 THEN town || ' ' || (ARRAY['Youth FC','WI','Over-60s Club','Scouts','Choral Society','Rugby Club'])[1 + k % 6]
         WHEN r <= 6 THEN sur[1 + k * 2 + (r - 5)] || ' & ' || sur[1 + (k * 7 + r * 3 + 5) % 24] || ' wedding'
         WHEN r <= 8 THEN (ARRAY['Mrs ','Mr ','Ms ','Dr '])[1 + (k + r) % 4] || substr('ABCDEFGHJKLMNPRSTW', 1 + (k * 3 + r) % 18, 1) || '. ' || sur[1 + k * 2 + (r - 7)] || ' (private party)'
         ELSE (ARRAY['Adnams Brewery','Sizewell Contractors Ltd','Bernard Matthews Farms','Hadleigh Plant Hire','Eastern Agri Supplies','Broadland Insurance','Orwell Logistics','Coastal Care Homes','Saxon Builders','Anglia Seeds Ltd','Blyth Valley Solar','Suffolk Show Society'])[k + 1]
       END,
       CASE WHEN r <= 2 THEN 'S' WHEN r <= 4 THEN 'C' WHEN r <= 6 THEN 'W' WHEN r <= 8 THEN 'P' ELSE 'B' END,
       (ARRAY['Sarah','Mark','Julie','Paul','Helen','Gary','Claire','Andy','Nicola','Steve','Emma','Ian','Louise','Rob'])[1 + i * 5 % 14]
         || ' ' || (ARRAY['Bloomfield','Cady','Fairweather','Goddard','Hammond','Keeble','Moss','Newson','Reeve','Smy','Tye','Wigg'])[1 + i * 7 % 12],
       '01502 ' || lpad(((i * 7919) % 1000000)::text, 6, '0'),
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'contact' || i || '@' || (ARRAY['btinternet.com','gmail.com','suffolk.sch.uk','outlook.com'])[1 + i % 4] END,
       town,
       date '2019-02-01' + (i * 53 % 1900),
       false,
       CASE WHEN i % 17 = 0 THEN 'Prefers a phone call, not email' WHEN i % 29 = 0 THEN 'Always wants the same driver if possible' END
FROM (
  SELECT i, (i - 1) / 10 AS k, (i - 1) % 10 AS r,
         (ARRAY['Halesworth','Beccles','Bungay','Southwold','Framlingham','Saxmundham','Leiston','Wickham Market','Woodbridge','Harleston','Diss','Eye'])[1 + ((i - 1) / 10 * 5 + (i - 1) % 10) % 12] AS town,
         ARRAY['Aldous','Baker','Catchpole','Durrant','Edwards','Fisk','Gooch','Howlett','Ingate','Jermy','Kerridge','Last',
               'Mayhew','Nunn','Osborne','Pipe','Quantrill','Rix','Spall','Thurlow','Utting','Vincent','Woolnough','Youngs'] AS sur
  FROM generate_series(1, 120) AS i
) s;

-- ---------------------------------------------------------------------------
CREATE TABLE coach (
  fleet_no   integer PRIMARY KEY,
  reg        text     NOT NULL UNIQUE,
  make       text     NOT NULL,
  model      text,
  seats      smallint NOT NULL,
  yr_built   smallint,
  has_lift   boolean  NOT NULL DEFAULT false,
  bought_dt  date     NOT NULL,
  sold_dt    date,
  notes      text
);
COMMENT ON TABLE coach IS 'Our fleet, one row per coach, including the one we sold.';
COMMENT ON COLUMN coach.fleet_no IS 'Our own fleet number, painted on the back of the coach';
COMMENT ON COLUMN coach.reg IS 'Registration plate';
COMMENT ON COLUMN coach.has_lift IS 'True = wheelchair lift fitted';
COMMENT ON COLUMN coach.sold_dt IS 'Date we sold it; empty = still ours';

INSERT INTO coach (fleet_no, reg, make, model, seats, yr_built, has_lift, bought_dt, sold_dt, notes) VALUES
 ( 1, 'YX19 KHA', 'Mercedes', 'Sprinter 516',              16, 2019, false, '2019-05-10', NULL, 'Used for small groups and airport runs'),
 ( 2, 'BT17 UWE', 'Iveco',    'Daily Tourys',              24, 2017, false, '2020-02-14', NULL, NULL),
 ( 3, 'FN15 ODC', 'Mercedes', 'Vario 815',                 29, 2015, false, '2018-09-03', NULL, NULL),
 ( 4, 'YN14 LCV', 'Volvo',    'B7R Plaxton Profile',       33, 2014, true,  '2019-11-20', NULL, NULL),
 ( 5, 'BV68 NHL', 'MAN',      'Irizar i6 midi',            35, 2018, false, '2021-04-01', NULL, NULL),
 ( 6, 'YJ16 AWX', 'Volvo',    'B9R Plaxton Panther',       49, 2016, true,  '2019-03-11', NULL, NULL),
 ( 7, 'YN65 ZPH', 'Scania',   'K360 Irizar i6',            49, 2015, false, '2020-07-27', NULL, NULL),
 ( 8, 'BF21 CXE', 'Volvo',    'B11R Plaxton Panther',      53, 2021, true,  '2021-06-30', NULL, 'Bought new, 3 year warranty'),
 ( 9, 'YX13 GLU', 'Scania',   'K410 Irizar Century',       53, 2013, false, '2017-05-05', NULL, 'Off the road since Dec 2025, engine rebuild'),
 (10, 'BX70 EFT', 'VDL',      'Futura FHD2',               57, 2020, true,  '2022-01-17', NULL, NULL),
 (11, 'YD18 KMT', 'Setra',    'S 516 HD',                  57, 2018, false, '2022-08-08', NULL, NULL),
 (12, 'FJ64 NVR', 'Neoplan',  'Skyliner double deck',      70, 2014, false, '2018-03-19', NULL, 'Only one that takes 70 - book early for school trips'),
 (13, 'R892 BOB', 'Dennis',   'Javelin Duple 320',         33, 1998, false, '2010-06-01', '2025-08-15', 'Old girl, sold to a preservation group'),
 (14, 'BV25 HKA', 'Volvo',    '9700',                      49, 2025, true,  '2026-11-20', NULL, 'New in, not on jobs yet');

-- ---------------------------------------------------------------------------
CREATE TABLE drivers (
  driver_id    integer PRIMARY KEY,
  full_name    text    NOT NULL,
  lic_no       text    NOT NULL,
  lic_cat      text    NOT NULL,
  lic_exp_dt   date    NOT NULL,
  cpc_exp_dt   date,
  emp_type     char(1) NOT NULL,
  start_dt     date    NOT NULL,
  leave_dt     date,
  hourly_rate  numeric(6,2) NOT NULL,
  notes        text
);
COMMENT ON TABLE drivers IS 'Our drivers, past and present, with their licence details.';
COMMENT ON COLUMN drivers.lic_cat IS 'Licence category: D = full coach licence, D1 = minibus only (up to 16 seats)';
COMMENT ON COLUMN drivers.lic_exp_dt IS 'Date the PCV driving licence runs out and has to be renewed';
COMMENT ON COLUMN drivers.cpc_exp_dt IS 'Driver CPC card expiry (35 hours training every 5 years)';
COMMENT ON COLUMN drivers.emp_type IS 'F = full time, P = part time, C = casual (called in when we need them)';
COMMENT ON COLUMN drivers.leave_dt IS 'Last day with us; empty = still working for us';

INSERT INTO drivers (driver_id, full_name, lic_no, lic_cat, lic_exp_dt, cpc_exp_dt, emp_type, start_dt, leave_dt, hourly_rate, notes) VALUES
 ( 1, 'Dave Knights',     'KNIGH609123DA9XY', 'D',  '2029-04-17', '2028-09-30', 'F', '2004-03-01', NULL, 15.80, 'Senior driver, does the continental work'),
 ( 2, 'Gary Sillett',     'SILLE702154GA8KL', 'D',  '2027-01-31', '2027-05-31', 'F', '2011-06-13', NULL, 15.20, NULL),
 ( 3, 'Sue Ayers',        'AYERS755218SU7MN', 'D',  '2030-08-09', '2029-02-28', 'F', '2015-09-01', NULL, 15.20, NULL),
 ( 4, 'Mick Brundle',     'BRUND601030MI2PQ', 'D',  '2026-11-02', '2027-03-31', 'F', '2001-01-08', NULL, 15.80, 'Renewal sent off to DVLA 20 Oct 2026'),
 ( 5, 'Trevor Fiske',     'FISKE612279TR4RS', 'D',  '2031-02-26', '2030-06-30', 'F', '2009-04-20', NULL, 15.50, NULL),
 ( 6, 'Pete Ling',        'LING9708111PE6TU', 'D',  '2027-05-22', '2026-12-31', 'F', '2013-02-04', NULL, 15.20, NULL),
 ( 7, 'Karen Self',       'SELF9806052KA3VW', 'D',  '2032-10-05', '2031-01-31', 'F', '2018-05-14', NULL, 14.90, NULL),
 ( 8, 'Colin Aldous',     'ALDOU590917CO1XZ', 'D',  '2027-07-15', '2027-11-30', 'F', '1998-10-01', NULL, 15.80, 'Does the Alton Towers runs'),
 ( 9, 'Steve Cattermole', 'CATTE683304ST5AB', 'D',  '2028-12-12', '2028-03-31', 'F', '2010-08-16', NULL, 15.50, NULL),
 (10, 'Jim Durrant',      'DURRA577226JI9CD', 'D',  '2026-12-14', '2027-09-30', 'F', '2003-05-06', NULL, 15.80, NULL),
 (11, 'Ray Kerridge',     'KERRI560321RA2EF', 'D',  '2027-03-09', '2026-10-31', 'P', '2016-01-11', NULL, 14.60, 'Retired from the buses, does school runs'),
 (12, 'Tony Gooderham',   'GOODE664195TO7GH', 'D',  '2029-09-21', '2029-09-30', 'P', '2017-03-27', NULL, 14.60, NULL),
 (13, 'Lesley Kemp',      'KEMP9762208LE4IJ', 'D',  '2031-06-30', '2030-11-30', 'P', '2019-09-02', NULL, 14.60, NULL),
 (14, 'Andy Moyse',       'MOYSE711018AN8KL', 'D',  '2028-04-04', '2027-07-31', 'P', '2014-04-22', NULL, 14.60, NULL),
 (15, 'Phil Catchpole',   'CATCH653125PH3MN', 'D',  '2027-06-03', '2028-01-31', 'P', '2012-07-09', NULL, 14.60, NULL),
 (16, 'Bob Thurlow',      'THURL550804BO6OP', 'D',  '2029-01-19', '2027-12-31', 'P', '2008-02-18', NULL, 14.60, NULL),
 (17, 'Neil Mayhew',      'MAYHE690519NE2QR', 'D',  '2030-03-15', '2029-06-30', 'C', '2020-04-06', NULL, 16.50, 'Casual, works for Anglian too'),
 (18, 'Rob Spall',        'SPALL820228RO5ST', 'D',  '2033-07-07', '2032-07-31', 'C', '2021-05-17', NULL, 16.50, NULL),
 (19, 'Derek Goddard',    'GODDA490112DE7UV', 'D',  '2025-11-30', '2025-03-31', 'F', '1995-03-13', '2024-09-30', 15.80, 'Retired September 2024'),
 (20, 'Alan Pipe',        'PIPE9581025AL1WX', 'D',  '2027-02-28', '2026-08-31', 'C', '2019-11-04', '2025-06-30', 16.50, 'Left to drive for National Express'),
 (21, 'Jason Howlett',    'HOWLE870630JA4YZ', 'D',  '2035-06-30', '2030-02-28', 'F', '2025-03-01', NULL, 14.90, NULL),
 (22, 'Kelly Dunnett',    'DUNNE906045KE8AB', 'D1', '2036-04-05', '2031-09-30', 'P', '2026-10-01', NULL, 13.80, 'Minibus only for now, doing her D in the new year');

-- ---------------------------------------------------------------------------
CREATE TABLE quote (
  quote_no     integer PRIMARY KEY,
  cust_id      integer  NOT NULL REFERENCES customers (cust_id),
  quote_dt     date     NOT NULL,
  travel_dt    date     NOT NULL,
  days         smallint NOT NULL,
  pax          smallint NOT NULL,
  from_place   text     NOT NULL,
  to_place     text     NOT NULL,
  est_miles    numeric(6,1) NOT NULL,
  quoted_amt   numeric(8,2) NOT NULL,
  st           char(1)  NOT NULL,
  decided_dt   date,
  lost_reason  text,
  notes        text
);
COMMENT ON TABLE quote IS 'Every price we send out. Accepted ones turn into a hire.';
COMMENT ON COLUMN quote.quote_dt IS 'Date we sent the quote';
COMMENT ON COLUMN quote.travel_dt IS 'Date they want to travel (first day)';
COMMENT ON COLUMN quote.days IS 'Number of days the coach is away (1 = day trip)';
COMMENT ON COLUMN quote.pax IS 'Number of passengers';
COMMENT ON COLUMN quote.est_miles IS 'Our estimate of the one-way mileage';
COMMENT ON COLUMN quote.quoted_amt IS 'Price quoted in pounds, VAT included';
COMMENT ON COLUMN quote.st IS 'Status: P = sent, waiting to hear back; A = accepted (won); L = lost';
COMMENT ON COLUMN quote.decided_dt IS 'Date they said yes or no; empty while still waiting';
COMMENT ON COLUMN quote.lost_reason IS 'Why we lost it, when we know';

INSERT INTO quote (quote_no, cust_id, quote_dt, travel_dt, days, pax, from_place, to_place, est_miles, quoted_amt, st, decided_dt, lost_reason, notes)
WITH g AS (
  SELECT i,
         CASE i WHEN 910 THEN 85 WHEN 1180 THEN 98 ELSE 1 + (i * 47 % 119) END AS cust_id,
         date '2024-01-02' + ((i - 1) * 1063 / 1799) AS qdt,
         CASE WHEN i % 11 = 0 THEN 3 WHEN i % 5 = 0 THEN 2 ELSE 1 END AS days,
         (ARRAY[12,14,16,20,22,26,28,31,33,35,38,40,42,45,47,49,50,52,53,55,57,62,68,70])[1 + (i * 29 % 24)] - (i % 3) AS pax
  FROM generate_series(1, 1800) AS i
), places (place, miles) AS (
  VALUES ('Colchester Zoo', 55), ('London West End', 110), ('Cambridge', 70), ('Norwich', 25),
         ('Great Yarmouth', 20), ('Felixstowe', 30), ('Ipswich', 25), ('Heathrow Airport', 120),
         ('Stansted Airport', 70), ('Alton Towers', 190), ('Thorpe Park', 125), ('Sandringham', 60),
         ('Southend-on-Sea', 80), ('Kentwell Hall', 45), ('Ely Cathedral', 65), ('Wembley Stadium', 115),
         ('Heveningham Hall', 12), ('Kesgrave Hall', 24), ('Wherstead Park', 28), ('Hintlesham Hall', 31), ('Elms Barn', 9)
), d AS (
  SELECT g.*, c.cust_type, c.town,
         CASE WHEN g.i = 1180 THEN 'Norwich'
              WHEN c.cust_type = 'W' THEN (ARRAY['Heveningham Hall','Kesgrave Hall','Wherstead Park','Hintlesham Hall','Elms Barn'])[1 + g.i % 5]
              ELSE (ARRAY['Norwich','Norwich','Norwich','Norwich','Norwich','Norwich',
                          'Great Yarmouth','Great Yarmouth','Great Yarmouth','Great Yarmouth',
                          'London West End','London West End','London West End','London West End','London West End',
                          'Colchester Zoo','Colchester Zoo','Colchester Zoo',
                          'Cambridge','Cambridge','Cambridge',
                          'Ipswich','Ipswich',
                          'Felixstowe','Felixstowe',
                          'Stansted Airport','Stansted Airport',
                          'Heathrow Airport',
                          'Alton Towers',
                          'Thorpe Park','Thorpe Park',
                          'Sandringham','Sandringham',
                          'Southend-on-Sea',
                          'Kentwell Hall','Kentwell Hall',
                          'Ely Cathedral',
                          'Wembley Stadium','Wembley Stadium',
                          'Colchester Zoo'])[1 + (g.i * 7 % 40)]
         END AS dest
  FROM g JOIN customers c ON c.cust_id = g.cust_id
), e AS (
  SELECT d.*, p.miles,
         CASE WHEN d.i = 1180 THEN date '2025-12-31' ELSE d.qdt + 10 + (d.i * 37 % 80) END AS tdt,
         CASE d.cust_type WHEN 'S' THEN 68 WHEN 'C' THEN 55 WHEN 'W' THEN 42 WHEN 'P' THEN 33 ELSE 60 END AS win_pct
  FROM d JOIN places p ON p.place = d.dest
)
SELECT i, cust_id, qdt, tdt, days, pax,
       CASE WHEN cust_type = 'W' THEN town || ' parish church' ELSE town END,
       dest,
       miles,
       CASE WHEN i = 910 THEN 0
            ELSE round((150 + miles * 2 * (1.6 + pax / 40.0) + (days - 1) * 380 + (i * 71 % 90)) / 5) * 5 END,
       st,
       CASE WHEN st = 'P' THEN NULL ELSE qdt + 1 + (i % 9) END,
       CASE WHEN st = 'L' AND i % 6 <> 0 THEN
            (ARRAY['Price - went with another operator','No reply after chasing twice','Trip called off their end',
                   'Dates changed and no coach free','Went by train in the end'])[1 + i % 5] END,
       CASE WHEN i = 910 THEN 'Air Ambulance charity day - we do this one free'
            WHEN i = 1180 THEN 'New Year''s Eve party, back after midnight'
            WHEN i % 41 = 0 THEN 'Wants a coach with a toilet'
            WHEN i % 53 = 0 THEN 'Asked for a price for a bigger coach as well' END
FROM (
  SELECT e.*,
         CASE WHEN i IN (910, 1180) THEN 'A'
              WHEN i IN (618, 619) THEN 'L'
              WHEN tdt > date '2026-11-30' THEN 'P'
              WHEN (i * 53 % 100) < win_pct THEN 'A'
              ELSE 'L' END AS st
  FROM e
) f;

-- ---------------------------------------------------------------------------
CREATE TABLE hires (
  hire_no       integer PRIMARY KEY,
  quote_no      integer NOT NULL UNIQUE REFERENCES quote (quote_no),
  cust_id       integer NOT NULL REFERENCES customers (cust_id),
  hire_ref      text    NOT NULL UNIQUE,
  start_dt      date    NOT NULL,
  end_dt        date    NOT NULL,
  agreed_price  numeric(8,2) NOT NULL,
  deposit_amt   numeric(8,2) NOT NULL,
  cancelled     boolean NOT NULL DEFAULT false,
  cxl_dt        date,
  notes         text
);
COMMENT ON TABLE hires IS 'A booked job: made from an accepted quote. One hire can have several journeys.';
COMMENT ON COLUMN hires.hire_ref IS 'Our booking reference, H + year + number, goes on the invoices';
COMMENT ON COLUMN hires.agreed_price IS 'Final price agreed with the customer (sometimes a bit under the quote)';
COMMENT ON COLUMN hires.deposit_amt IS 'Deposit asked for at booking; 0 for schools and businesses on account';
COMMENT ON COLUMN hires.cancelled IS 'True = customer cancelled after booking; deposit kept, no journeys run';
COMMENT ON COLUMN hires.cxl_dt IS 'Date they cancelled';

INSERT INTO hires (hire_no, quote_no, cust_id, hire_ref, start_dt, end_dt, agreed_price, deposit_amt, cancelled, cxl_dt, notes)
SELECT n, quote_no, cust_id,
       'H' || to_char(travel_dt, 'YY') || '-' || lpad(n::text, 4, '0'),
       travel_dt, travel_dt + (days - 1),
       price,
       CASE WHEN cust_type IN ('S', 'B') THEN 0 ELSE round(price * 0.25) END,
       cxl,
       CASE WHEN cxl THEN greatest(decided_dt + 1, travel_dt - 1 - (quote_no % 20)) END,
       CASE WHEN cxl THEN (ARRAY['Cancelled - not enough numbers','Cancelled - venue closed','Cancelled - illness'])[1 + quote_no % 3]
            WHEN quote_no % 8 = 0 AND quoted_amt > 0 THEN 'Knocked 25 off to get the job' END
FROM (
  SELECT q.*, c.cust_type,
         row_number() OVER (ORDER BY q.quote_no) AS n,
         CASE WHEN q.quote_no % 8 = 0 AND q.quoted_amt > 0 THEN q.quoted_amt - 25 ELSE q.quoted_amt END AS price,
         (q.quote_no % 23 = 0) AS cxl
  FROM quote q JOIN customers c ON c.cust_id = q.cust_id
  WHERE q.st = 'A'
) a;

-- ---------------------------------------------------------------------------
CREATE TABLE journey (
  jny_id     integer PRIMARY KEY,
  hire_no    integer  NOT NULL REFERENCES hires (hire_no),
  leg_no     smallint NOT NULL,
  leg_type   char(1)  NOT NULL,
  fleet_no   integer  NOT NULL REFERENCES coach (fleet_no),
  driver_id  integer  NOT NULL REFERENCES drivers (driver_id),
  pickup     text     NOT NULL,
  dropoff    text     NOT NULL,
  dep_ts     timestamp NOT NULL,
  arr_ts     timestamp,
  miles      numeric(6,1) NOT NULL,
  notes      text,
  UNIQUE (hire_no, leg_no)
);
COMMENT ON TABLE journey IS 'Each leg of a hire: where we picked up, where we dropped off, which coach and driver, miles done.';
COMMENT ON COLUMN journey.leg_type IS 'O = outward, R = return home, E = excursion during a tour';
COMMENT ON COLUMN journey.fleet_no IS 'Coach used (fleet number)';
COMMENT ON COLUMN journey.dep_ts IS 'Time the coach left the pick-up';
COMMENT ON COLUMN journey.arr_ts IS 'Time we got to the drop-off';
COMMENT ON COLUMN journey.miles IS 'Miles driven on this leg, from the tacho';

INSERT INTO journey (jny_id, hire_no, leg_no, leg_type, fleet_no, driver_id, pickup, dropoff, dep_ts, arr_ts, miles, notes)
WITH h AS (
  SELECT h.hire_no, h.start_dt, h.end_dt, q.days, q.pax, q.from_place, q.to_place, q.est_miles, c.cust_type,
         CASE WHEN q.pax <= 16 THEN 1
              WHEN q.pax <= 24 THEN 2
              WHEN q.pax <= 29 THEN 3
              WHEN q.pax <= 35 THEN (ARRAY[4, 5, 13])[1 + h.hire_no % 3]
              WHEN q.pax <= 49 THEN (ARRAY[6, 7])[1 + h.hire_no % 2]
              WHEN q.pax <= 53 THEN (ARRAY[8, 9])[1 + h.hire_no % 2]
              WHEN q.pax <= 57 THEN (ARRAY[10, 11])[1 + h.hire_no % 2]
              ELSE 12 END AS f0,
         CASE WHEN h.hire_no % 10 = 3 AND h.start_dt < date '2024-10-01' THEN 19
              WHEN h.hire_no % 10 = 3 AND h.start_dt < date '2025-07-01' THEN 20
              WHEN h.hire_no % 10 = 3 AND h.start_dt >= date '2025-03-01' THEN 21
              ELSE 1 + (h.hire_no * 11 % 18) END AS drv
  FROM hires h
  JOIN quote q ON q.quote_no = h.quote_no
  JOIN customers c ON c.cust_id = h.cust_id
  WHERE NOT h.cancelled
), h2 AS (
  SELECT h.*,
         CASE WHEN f0 = 13 AND start_dt >= date '2025-08-15' THEN 4
              WHEN f0 = 9 AND start_dt >= date '2025-12-18' THEN 8
              ELSE f0 END AS fleet
  FROM h
), l AS (
  SELECT h2.*, leg_no,
         CASE WHEN leg_no = 1 THEN 'O' WHEN leg_no = CASE WHEN days = 3 THEN 3 ELSE 2 END THEN 'R' ELSE 'E' END AS lt
  FROM h2 CROSS JOIN LATERAL generate_series(1, CASE WHEN days = 3 THEN 3 ELSE 2 END) AS leg_no
), m AS (
  SELECT l.*,
         CASE lt WHEN 'O' THEN est_miles + (hire_no * 37 % 47) / 10.0 - 2.5
                 WHEN 'R' THEN est_miles + (hire_no * 53 % 43) / 10.0 - 2.5
                 ELSE 20 + (hire_no * 13 % 40) + (hire_no % 10) / 10.0 END AS mi,
         CASE lt WHEN 'O' THEN start_dt + CASE WHEN cust_type = 'W' THEN time '13:00' ELSE time '07:30' END + (hire_no % 4) * interval '15 minutes'
                 WHEN 'R' THEN end_dt + CASE WHEN cust_type = 'W' THEN time '23:00' ELSE time '16:00' END + (hire_no % 5) * interval '15 minutes'
                 ELSE start_dt + 1 + time '09:30' END AS dep
  FROM l
)
SELECT row_number() OVER (ORDER BY dep, hire_no, leg_no),
       hire_no, leg_no, lt, fleet, drv,
       CASE lt WHEN 'R' THEN to_place ELSE CASE WHEN lt = 'E' THEN to_place ELSE from_place END END,
       CASE lt WHEN 'R' THEN from_place ELSE to_place END,
       dep,
       date_trunc('minute', dep + (mi / 34.0) * interval '1 hour' + interval '10 minutes'),
       round(mi, 1),
       CASE WHEN lt = 'E' THEN 'Day excursion, back to the same hotel'
            WHEN hire_no % 31 = 0 THEN 'Held up on the A12 roadworks' END
FROM m;

-- the New Year's Eve party: out in the evening, home after midnight
UPDATE journey j SET dep_ts = timestamp '2025-12-31 19:00', arr_ts = timestamp '2025-12-31 19:55'
FROM hires h WHERE h.hire_no = j.hire_no AND h.quote_no = 1180 AND j.leg_type = 'O';
UPDATE journey j SET dep_ts = timestamp '2026-01-01 00:30', arr_ts = timestamp '2026-01-01 01:25'
FROM hires h WHERE h.hire_no = j.hire_no AND h.quote_no = 1180 AND j.leg_type = 'R';

-- ---------------------------------------------------------------------------
CREATE TABLE driver_hours (
  id         serial PRIMARY KEY,
  driver_id  integer NOT NULL REFERENCES drivers (driver_id),
  work_dt    date    NOT NULL,
  hrs_drv    numeric(4,2) NOT NULL,
  hrs_other  numeric(4,2) NOT NULL,
  notes      text,
  UNIQUE (driver_id, work_dt)
);
COMMENT ON TABLE driver_hours IS 'Drivers'' daily time sheet, one line per driver per day worked.';
COMMENT ON COLUMN driver_hours.hrs_drv IS 'Hours behind the wheel (driving time from the tacho)';
COMMENT ON COLUMN driver_hours.hrs_other IS 'Other paid hours: walkround checks, waiting, cleaning, yard work';

INSERT INTO driver_hours (driver_id, work_dt, hrs_drv, hrs_other, notes)
SELECT driver_id, wd,
       least(9.00, round(sum(miles) / 34.0 + 0.25 * count(*), 2)),
       1.50 + ((driver_id * 7 + extract(doy FROM wd)::int) % 5) * 0.25,
       CASE WHEN count(*) > 1 THEN 'Two legs' END
FROM (SELECT driver_id, dep_ts::date AS wd, miles FROM journey) j
GROUP BY driver_id, wd;

INSERT INTO driver_hours (driver_id, work_dt, hrs_drv, hrs_other, notes)
SELECT d.driver_id, day::date, 0,
       3.00 + ((d.driver_id * 3 + extract(doy FROM day)::int) % 9) * 0.50,
       (ARRAY['Yard - cleaning coaches','Yard - valeting','Took coach to garage','Office cover'])[1 + (d.driver_id + extract(doy FROM day)::int) % 4]
FROM drivers d
CROSS JOIN generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS day
WHERE day >= d.start_dt
  AND (d.leave_dt IS NULL OR day <= d.leave_dt)
  AND (extract(doy FROM day)::int * 7 + d.driver_id * 13) % 17 = 0
  AND extract(isodow FROM day) < 6
ON CONFLICT (driver_id, work_dt) DO NOTHING;

-- ---------------------------------------------------------------------------
CREATE TABLE coach_checks (
  chk_id    serial PRIMARY KEY,
  fleet_no  integer NOT NULL REFERENCES coach (fleet_no),
  chk_type  char(1) NOT NULL,
  due_dt    date    NOT NULL,
  done_dt   date,
  result    char(1),
  cost_amt  numeric(8,2),
  garage    text,
  notes     text
);
COMMENT ON TABLE coach_checks IS 'MOTs, services and tacho calibrations, booked and done.';
COMMENT ON COLUMN coach_checks.chk_type IS 'M = MOT (annual test), S = service, T = tachograph calibration (every 2 years)';
COMMENT ON COLUMN coach_checks.due_dt IS 'Date it is due / booked in for';
COMMENT ON COLUMN coach_checks.done_dt IS 'Date it was actually done; empty = booked but not done yet';
COMMENT ON COLUMN coach_checks.result IS 'P = pass, A = pass with advisories, F = fail (needs a retest); empty until done';
COMMENT ON COLUMN coach_checks.cost_amt IS 'What it cost us in pounds (0 = done under warranty)';

-- MOTs
INSERT INTO coach_checks (fleet_no, chk_type, due_dt, done_dt, result, cost_amt, garage, notes)
SELECT f, 'M', due,
       CASE WHEN due > date '2026-11-30' OR (f = 9 AND yr = 2026) THEN NULL ELSE due - (f % 5) END,
       CASE WHEN due > date '2026-11-30' OR (f = 9 AND yr = 2026) THEN NULL
            WHEN (f * 7 + yr) % 5 = 0 THEN 'F'
            WHEN (f * 7 + yr) % 5 = 2 THEN 'A'
            ELSE 'P' END,
       CASE WHEN due > date '2026-11-30' OR (f = 9 AND yr = 2026) THEN NULL ELSE 125.00 + (yr - 2024) * 5 END,
       'DVSA at Ipswich Truck & Bus',
       CASE WHEN f = 9 AND yr = 2026 THEN 'Off road - MOT when the engine is back in' END
FROM generate_series(1, 13) AS f
CROSS JOIN generate_series(2024, 2026) AS yr
CROSS JOIN LATERAL (SELECT make_date(yr, 1 + (f * 5 % 12), 3 + (f * 3 % 24)) AS due) x
WHERE NOT (f = 13 AND due >= date '2025-08-15');

-- MOT retests after a fail
INSERT INTO coach_checks (fleet_no, chk_type, due_dt, done_dt, result, cost_amt, garage, notes)
SELECT fleet_no, 'M', done_dt + 7, done_dt + 7, 'P', 60.00, garage, 'Retest after fail'
FROM coach_checks WHERE chk_type = 'M' AND result = 'F';

-- services every 65 days or so
INSERT INTO coach_checks (fleet_no, chk_type, due_dt, done_dt, result, cost_amt, garage, notes)
SELECT f, 'S', due,
       CASE WHEN due > date '2026-11-30' THEN NULL ELSE due + (k % 3) END,
       CASE WHEN due > date '2026-11-30' THEN NULL ELSE 'P' END,
       CASE WHEN due > date '2026-11-30' THEN NULL
            WHEN f = 8 AND k <= 1 THEN 0
            ELSE 380 + (f * 37 + k * 53) % 420 END,
       CASE WHEN f IN (8, 10) THEN 'Main dealer' ELSE 'Own workshop' END,
       CASE WHEN f = 8 AND k <= 1 THEN 'Under warranty' WHEN k % 7 = 3 THEN 'Brake pads done as well' END
FROM generate_series(1, 13) AS f
CROSS JOIN generate_series(0, 16) AS k
CROSS JOIN LATERAL (SELECT date '2024-01-08' + f * 4 + k * 65 AS due) x
WHERE due <= date '2026-12-31'
  AND NOT (f = 13 AND due >= date '2025-08-15')
  AND NOT (f = 9 AND due >= date '2025-12-18' AND due <= date '2026-11-30');

-- tacho calibration every two years
INSERT INTO coach_checks (fleet_no, chk_type, due_dt, done_dt, result, cost_amt, garage, notes)
SELECT f, 'T', due, due, 'P', 95.00, 'Tacho Services Norwich', NULL
FROM generate_series(1, 13) AS f
CROSS JOIN generate_series(2024, 2026, 2) AS yr
CROSS JOIN LATERAL (SELECT make_date(yr, 1 + (f * 7 % 12), 10) AS due) x
WHERE NOT (f = 13 AND yr = 2026) AND NOT (f = 9 AND yr = 2026);

-- the new coach: first service booked
INSERT INTO coach_checks (fleet_no, chk_type, due_dt, done_dt, result, cost_amt, garage, notes)
VALUES (14, 'S', '2027-02-15', NULL, NULL, NULL, 'Main dealer', 'First service, free under warranty');

-- ---------------------------------------------------------------------------
CREATE TABLE defects (
  defect_id    serial PRIMARY KEY,
  fleet_no     integer NOT NULL REFERENCES coach (fleet_no),
  reported_dt  date    NOT NULL,
  reported_by  integer REFERENCES drivers (driver_id),
  descr        text    NOT NULL,
  sev          char(1) NOT NULL,
  repaired_dt  date,
  repair_cost  numeric(8,2),
  notes        text
);
COMMENT ON TABLE defects IS 'Defects found on the coaches, mostly from the drivers'' walkround checks.';
COMMENT ON COLUMN defects.reported_by IS 'Driver who reported it; empty = found by the garage';
COMMENT ON COLUMN defects.sev IS 'How bad: M = minor, fix at next service; S = serious, fix before the next job; V = VOR, coach off the road';
COMMENT ON COLUMN defects.repaired_dt IS 'Date it was fixed; empty = still not repaired';
COMMENT ON COLUMN defects.repair_cost IS 'Cost of the repair in pounds, 0 if under warranty, empty if not fixed yet';

INSERT INTO defects (fleet_no, reported_dt, reported_by, descr, sev, repaired_dt, repair_cost, notes)
SELECT fleet, rdt,
       CASE WHEN i % 6 = 0 THEN NULL ELSE 1 + (i * 7 % 18) END,
       CASE WHEN dix = 5 AND NOT has_lift THEN 'Luggage locker catch broken'
            ELSE (ARRAY['Nearside mirror cracked','Offside indicator not working','Seat belt row 5 won''t retract',
                        'Heater blower intermittent','Wheelchair lift slow to deploy','Tyre sidewall damage front nearside',
                        'Windscreen chip','Air leak rear suspension','Toilet pump not working','PA microphone crackles',
                        'Door seal worn','Coolant level warning light'])[dix] END,
       sev, rep,
       CASE WHEN rep IS NULL THEN NULL
            WHEN i % 29 = 0 THEN 0
            WHEN sev = 'M' THEN 15 + (i * 17 % 120)
            WHEN sev = 'S' THEN 80 + (i * 31 % 600)
            ELSE 400 + (i * 43 % 2500) END,
       CASE WHEN rep IS NULL AND sev = 'M' AND rdt < date '2026-11-10' THEN 'Waiting for part'
            WHEN i % 29 = 0 AND rep IS NOT NULL THEN 'Warranty' END
FROM (
  SELECT b.*, c.has_lift,
         CASE WHEN b.rdt > date '2026-11-10' THEN NULL
              WHEN b.sev = 'M' AND b.i % 7 = 0 AND b.fleet <> 13 THEN NULL
              WHEN b.rdt + CASE b.sev WHEN 'M' THEN 3 + b.i % 25 WHEN 'S' THEN b.i % 3 ELSE 1 + b.i % 10 END > date '2026-11-30' THEN NULL
              ELSE b.rdt + CASE b.sev WHEN 'M' THEN 3 + b.i % 25 WHEN 'S' THEN b.i % 3 ELSE 1 + b.i % 10 END END AS rep
  FROM (
    SELECT i, rdt,
           CASE WHEN f0 = 13 AND rdt >= date '2025-08-15' THEN 12
                WHEN f0 = 9 AND rdt >= date '2025-12-18' THEN 10
                ELSE f0 END AS fleet,
           1 + (i * 5 % 12) AS dix,
           CASE WHEN i % 10 < 6 THEN 'M' WHEN i % 10 < 9 THEN 'S' ELSE 'V' END AS sev
    FROM (SELECT i, date '2024-01-03' + ((i - 1) * 1062 / 339) AS rdt, 1 + (i * 5 % 13) AS f0
          FROM generate_series(1, 340) AS i) a
  ) b JOIN coach c ON c.fleet_no = b.fleet
) z;

INSERT INTO defects (fleet_no, reported_dt, reported_by, descr, sev, repaired_dt, repair_cost, notes)
VALUES (9, '2025-12-18', 8, 'Engine - head gasket gone, lost all coolant on the A14', 'V', NULL, NULL, 'Engine out for rebuild, parts on back order');

-- ---------------------------------------------------------------------------
CREATE TABLE fuel_purchases (
  txn_id     integer PRIMARY KEY,
  card_ref   text    NOT NULL,
  fleet_no   integer NOT NULL REFERENCES coach (fleet_no),
  driver_id  integer REFERENCES drivers (driver_id),
  txn_ts     timestamp NOT NULL,
  litres     numeric(7,2) NOT NULL,
  ppl        numeric(5,3) NOT NULL,
  disc_pct   numeric(4,2) NOT NULL DEFAULT 0,
  site       text,
  notes      text
);
COMMENT ON TABLE fuel_purchases IS 'Diesel bought on the fuel cards, one line per fill-up, from the monthly fuel card statement.';
COMMENT ON COLUMN fuel_purchases.card_ref IS 'Fuel card number (one card per coach)';
COMMENT ON COLUMN fuel_purchases.driver_id IS 'Driver who filled up; empty = filled by the office';
COMMENT ON COLUMN fuel_purchases.litres IS 'Litres of diesel';
COMMENT ON COLUMN fuel_purchases.ppl IS 'Pump price per litre in pounds, before the card discount';
COMMENT ON COLUMN fuel_purchases.disc_pct IS 'Fuel card discount in percent off the pump price (0 at sites outside the network)';

INSERT INTO fuel_purchases (txn_id, card_ref, fleet_no, driver_id, txn_ts, litres, ppl, disc_pct, site, notes)
SELECT i,
       'FC-7704-' || lpad(fleet::text, 2, '0'),
       fleet,
       CASE WHEN i % 50 = 0 THEN NULL ELSE 1 + (i * 5 % 18) END,
       dt + time '06:00' + (i * 97 % 840) * interval '1 minute',
       round(CASE WHEN fleet = 1 THEN 45 + (i * 13 % 35) ELSE 160 + (i * 37 % 240) END + (i % 10) / 10.0, 2),
       round(1.520 - 0.00009 * dayno + (i * 31 % 60) / 1000.0, 3),
       (ARRAY[3.00, 3.00, 2.00, 2.00, 1.50, 0.00, 0.00])[sx],
       (ARRAY['Keyfuels Lowestoft','Keyfuels Ipswich','BP Beccles','Shell Saxmundham A12','Texaco Norwich','Esso Colchester','South Mimms services M25'])[sx],
       CASE WHEN i % 97 = 0 THEN 'Receipt missing, from statement' END
FROM (
  SELECT i, dayno, date '2024-01-02' + dayno AS dt,
         1 + (i * 11 % 7) AS sx,
         CASE WHEN f0 = 13 AND date '2024-01-02' + dayno >= date '2025-08-15' THEN 6
              WHEN f0 = 9 AND date '2024-01-02' + dayno >= date '2025-12-18' THEN 7
              ELSE f0 END AS fleet
  FROM (SELECT i, (i - 1) * 1063 / 2399 AS dayno, 1 + (i * 7 % 13) AS f0 FROM generate_series(1, 2400) AS i) a
) b;

INSERT INTO fuel_purchases (txn_id, card_ref, fleet_no, driver_id, txn_ts, litres, ppl, disc_pct, site, notes)
VALUES (2401, 'FC-7704-14', 14, NULL, '2026-11-23 10:15', 310.00, 1.479, 3.00, 'Keyfuels Lowestoft', 'First fill, new coach');

-- ---------------------------------------------------------------------------
CREATE TABLE invoices (
  inv_no      integer PRIMARY KEY,
  hire_no     integer NOT NULL REFERENCES hires (hire_no),
  inv_type    char(1) NOT NULL,
  inv_dt      date    NOT NULL,
  due_dt      date    NOT NULL,
  amt         numeric(9,2) NOT NULL,
  paid_dt     date,
  pay_method  char(1),
  notes       text
);
COMMENT ON TABLE invoices IS 'Invoices we send for hires: deposit, balance, and extras like waiting time or cleaning.';
COMMENT ON COLUMN invoices.inv_type IS 'D = deposit, B = balance, X = extras (waiting time, cleaning, damage)';
COMMENT ON COLUMN invoices.amt IS 'Invoice amount in pounds, VAT included';
COMMENT ON COLUMN invoices.due_dt IS 'Date payment is due';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the money came in; empty = not paid yet';
COMMENT ON COLUMN invoices.pay_method IS 'How they paid: B = bank transfer, C = card, Q = cheque; empty if not paid';

INSERT INTO invoices (inv_no, hire_no, inv_type, inv_dt, due_dt, amt, paid_dt, pay_method, notes)
WITH hh AS (
  SELECT h.*, q.decided_dt, c.cust_type
  FROM hires h JOIN quote q ON q.quote_no = h.quote_no JOIN customers c ON c.cust_id = h.cust_id
), raw AS (
  -- deposits (not for customers on account)
  SELECT hire_no, 'D' AS typ, decided_dt AS idt, least(decided_dt + 7, start_dt - 1) AS ddt, deposit_amt AS amt,
         decided_dt + (hire_no % 6) AS pdt, NULL::text AS nt, cust_type
  FROM hh WHERE cust_type NOT IN ('S', 'B')
  UNION ALL
  -- balances, on account: after the trip, 30 days
  SELECT hire_no, 'B', end_dt + 1, end_dt + 31, agreed_price,
         end_dt + 31 + ((hire_no * 13 % 41) - 28), NULL, cust_type
  FROM hh WHERE cust_type IN ('S', 'B') AND NOT cancelled
  UNION ALL
  -- balances, everyone else: before they travel
  SELECT hire_no, 'B', greatest(decided_dt, start_dt - 28), greatest(decided_dt, start_dt - 7), agreed_price - deposit_amt,
         greatest(decided_dt, start_dt - 7) + ((hire_no * 13 % 41) - 28), NULL, cust_type
  FROM hh WHERE cust_type NOT IN ('S', 'B') AND NOT cancelled
  UNION ALL
  -- extras
  SELECT hire_no, 'X', end_dt + 2, end_dt + 16, 45 + (hire_no * 19 % 106),
         end_dt + 16 + ((hire_no * 7 % 30) - 20),
         (ARRAY['Waiting time','Cleaning - sickness on board','Extra drop-off'])[1 + hire_no % 3], cust_type
  FROM hh WHERE NOT cancelled AND hire_no % 17 = 0
)
SELECT 10000 + row_number() OVER (ORDER BY idt, hire_no, typ),
       hire_no, typ, idt, ddt, amt,
       paid,
       CASE WHEN paid IS NULL THEN NULL
            WHEN cust_type IN ('S', 'B') THEN 'B'
            ELSE (ARRAY['B', 'C', 'Q'])[1 + hire_no % 3] END,
       CASE WHEN bad THEN 'Chased three times, passed to debt recovery'
            ELSE nt END
FROM (
  SELECT raw.*,
         (typ = 'B' AND cust_type IN ('W', 'P') AND idt < date '2024-12-01' AND hire_no % 19 = 5) AS bad,
         CASE WHEN typ = 'B' AND cust_type IN ('W', 'P') AND idt < date '2024-12-01' AND hire_no % 19 = 5 THEN NULL
              WHEN typ <> 'D' AND ddt >= date '2026-08-01' AND hire_no % 8 = 1 THEN NULL
              WHEN greatest(pdt, idt) > date '2026-11-30' THEN NULL
              ELSE greatest(pdt, idt) END AS paid
  FROM raw
  WHERE idt <= date '2026-11-30'
) r;

-- tidy-ups the office did by hand
UPDATE customers c SET opened_dt = least(c.opened_dt, (SELECT min(q.quote_dt) FROM quote q WHERE q.cust_id = c.cust_id));
UPDATE customers c SET on_stop = true, notes = 'On stop - owes us from 2024'
WHERE EXISTS (SELECT 1 FROM invoices i JOIN hires h ON h.hire_no = i.hire_no
              WHERE h.cust_id = c.cust_id AND i.paid_dt IS NULL AND i.inv_dt < date '2025-01-01');
