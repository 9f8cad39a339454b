-- Made-up schema: a residential property-management company (buildings, apartments, tenants,
-- leases, rent payments, vendors, maintenance work orders). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS work_order;
DROP TABLE IF EXISTS rent_payment;
DROP TABLE IF EXISTS lease;
DROP TABLE IF EXISTS vendor;
DROP TABLE IF EXISTS tenant;
DROP TABLE IF EXISTS rental_unit;
DROP TABLE IF EXISTS property;

-- ---------------------------------------------------------------- property (buildings)
CREATE TABLE property (
    bldg_id      integer PRIMARY KEY,
    bldg_name    text NOT NULL,
    street_addr  text NOT NULL,
    city         text NOT NULL,
    zip          char(5) NOT NULL,
    yr_built     smallint,
    has_elevator boolean NOT NULL DEFAULT false,
    acquired_on  date
);
COMMENT ON TABLE property IS 'Apartment buildings managed by the company';

INSERT INTO property (bldg_id, bldg_name, street_addr, city, zip, yr_built, has_elevator, acquired_on)
SELECT g,
       (ARRAY['Maple Court','Riverside Lofts','Harbor View','Oak Terrace','Cedar Point','Lakeside Commons',
              'Elm Street Flats','Parkview Towers','Willow Gardens','Summit Heights','Birchwood Place','Granite House'])[g],
       (100 + g * 37)::text || ' ' || (ARRAY['Main St','Pine Ave','Alder St','Burnside Rd','Division St','Hawthorne Blvd'])[1 + g % 6],
       (ARRAY['Portland','Seattle','Tacoma'])[1 + g % 3],
       (97200 + g * 13)::text,
       (1958 + (g * 7) % 60)::smallint,
       g % 3 <> 1,
       date '2015-03-01' + g * 173
FROM generate_series(1, 12) AS g;

-- ---------------------------------------------------------------- rental_unit (apartments)
CREATE TABLE rental_unit (
    unit_id      integer PRIMARY KEY,
    bldg_id      integer NOT NULL REFERENCES property (bldg_id),
    unit_no      varchar(6) NOT NULL,
    bedrooms     smallint NOT NULL,
    baths        numeric(2,1) NOT NULL,
    sqft         integer NOT NULL,
    mo_rent      numeric(8,2) NOT NULL,
    is_furnished boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN rental_unit.bedrooms IS 'number of bedrooms; 0 = studio';
COMMENT ON COLUMN rental_unit.sqft IS 'floor area in square feet';
COMMENT ON COLUMN rental_unit.mo_rent IS 'current monthly asking rent, USD';

INSERT INTO rental_unit (unit_id, bldg_id, unit_no, bedrooms, baths, sqft, mo_rent, is_furnished)
SELECT g,
       1 + (g - 1) / 20,
       (((g - 1) % 20) / 4 + 1)::text || lpad(((g - 1) % 4 + 1)::text, 2, '0'),
       ((g * 7) % 4)::smallint,
       CASE WHEN (g * 7) % 4 >= 2 THEN 2.0 WHEN g % 5 = 0 THEN 1.5 ELSE 1.0 END,
       420 + ((g * 7) % 4) * 310 + (g * 13) % 120,
       1050 + ((g * 7) % 4) * 425 + ((g * 37) % 20) * 10 + (1 + (g - 1) / 20) * 15,
       g % 9 = 0
FROM generate_series(1, 240) AS g;

-- ---------------------------------------------------------------- tenant
CREATE TABLE tenant (
    tenant_id   integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       text,
    phone       varchar(20),
    has_pets    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL
);

INSERT INTO tenant (tenant_id, first_name, last_name, email, phone, has_pets, created_at)
SELECT g, fn, ln,
       CASE WHEN g % 25 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@example.com') END,
       '503-555-' || lpad(((g * 173) % 10000)::text, 4, '0'),
       g % 4 = 1,
       timestamptz '2023-10-01 09:00:00+00' + g * interval '37 hours'
FROM (
    SELECT g,
           (ARRAY['Olivia','Liam','Emma','Noah','Ava','Mateo','Sofia','Ethan','Mia','Lucas',
                  'Chloe','Daniel','Priya','Wei','Fatima','Jonas','Aisha','Diego','Hannah','Kenji'])[1 + g % 20] AS fn,
           (ARRAY['Nguyen','Smith','Garcia','Johnson','Kim','Patel','Brown','Lopez','Miller','Chen',
                  'Davis','Wilson','Martinez','Anderson','Taylor','Thomas','Moore','Jackson','Lee','Harris',
                  'Clark','Lewis','Walker'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 350) AS g
) t;

-- ---------------------------------------------------------------- vendor (contractors)
CREATE TABLE vendor (
    vendor_id    integer PRIMARY KEY,
    vendor_name  text NOT NULL,
    trade_cd     char(2) NOT NULL,
    is_preferred boolean NOT NULL DEFAULT false,
    phone        varchar(20)
);
COMMENT ON COLUMN vendor.trade_cd IS 'PL = plumbing, EL = electrical, HV = heating / air conditioning, AP = appliance repair, PC = pest control, GN = general handyman';

INSERT INTO vendor (vendor_id, vendor_name, trade_cd, is_preferred, phone) VALUES
    (1,  'Rose City Plumbing',        'PL', true,  '503-555-0101'),
    (2,  'Drain Masters LLC',         'PL', false, '503-555-0102'),
    (3,  'Northwest Pipe & Sewer',    'PL', false, '206-555-0103'),
    (4,  'Bright Spark Electric',     'EL', true,  '503-555-0104'),
    (5,  'Volt Brothers',             'EL', false, '253-555-0105'),
    (6,  'Cascade Heating & Air',     'HV', true,  '503-555-0106'),
    (7,  'CoolBreeze HVAC',           'HV', false, '206-555-0107'),
    (8,  'Appliance Doctor',          'AP', true,  '503-555-0108'),
    (9,  'FixIt Appliance Service',   'AP', false, '253-555-0109'),
    (10, 'Bugs Away Pest Control',    'PC', true,  '503-555-0110'),
    (11, 'Handy Hank''s',             'GN', true,  '503-555-0111'),
    (12, 'All Trades Maintenance',    'GN', false, '206-555-0112'),
    (13, 'Pioneer Property Services', 'GN', false, '253-555-0113'),
    (14, 'Summit Electrical Co',      'EL', false, '206-555-0114'),
    (15, 'BlueLine Plumbing',         'PL', false, '253-555-0115');

-- ---------------------------------------------------------------- lease
CREATE TABLE lease (
    lease_id     integer PRIMARY KEY,
    unit_id      integer NOT NULL REFERENCES rental_unit (unit_id),
    tenant_id    integer NOT NULL REFERENCES tenant (tenant_id),
    signed_on    date NOT NULL,
    start_dt     date NOT NULL,
    end_dt       date,
    monthly_rent numeric(8,2) NOT NULL,
    deposit      numeric(8,2) NOT NULL,
    auto_renew   boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN lease.end_dt IS 'last day of the lease; NULL = open-ended (month-to-month)';
COMMENT ON COLUMN lease.monthly_rent IS 'agreed monthly rent, USD';
COMMENT ON COLUMN lease.deposit IS 'security deposit, USD';

INSERT INTO lease (lease_id, unit_id, tenant_id, signed_on, start_dt, end_dt, monthly_rent, deposit, auto_renew)
WITH first_l AS (
    SELECT u.unit_id, u.mo_rent, date '2024-01-01' + (u.unit_id * 11) % 180 AS s1
    FROM rental_unit u
    WHERE u.unit_id % 17 <> 0                     -- a few apartments were never leased
), l AS (
    SELECT unit_id, s1 AS start_dt,
           CASE WHEN unit_id % 3 = 0 THEN (s1 + interval '12 months' - interval '1 day')::date
                WHEN unit_id % 5 = 0 THEN NULL
                ELSE (s1 + interval '12 months' - interval '1 day')::date END AS end_dt,
           mo_rent - (unit_id % 4) * 25 AS rent
    FROM first_l
    UNION ALL
    SELECT unit_id, (s1 + interval '12 months')::date,
           CASE WHEN unit_id % 2 = 0 THEN NULL
                ELSE (s1 + interval '18 months' - interval '1 day')::date END,
           round(mo_rent * 1.04, 0)
    FROM first_l
    WHERE unit_id % 3 = 0
), n AS (
    SELECT l.*, row_number() OVER (ORDER BY start_dt, unit_id) AS rn FROM l
)
SELECT rn, unit_id, 1 + (rn * 13) % 350, start_dt - 10 - (rn % 15)::int, start_dt, end_dt, rent,
       CASE WHEN rn % 3 = 0 THEN round(rent * 1.5, 0) ELSE rent END,
       end_dt IS NOT NULL AND rn % 4 = 0
FROM n;

-- ---------------------------------------------------------------- rent_payment
CREATE TABLE rent_payment (
    pmt_id     integer PRIMARY KEY,
    lease_id   integer NOT NULL REFERENCES lease (lease_id),
    due_date   date NOT NULL,
    paid_date  date,
    amount     numeric(8,2) NOT NULL,
    pay_method varchar(10),
    late_fee   numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON COLUMN rent_payment.paid_date IS 'date the rent was received; NULL = not paid yet';
COMMENT ON COLUMN rent_payment.amount IS 'rent amount for the period, USD (late fee not included)';
COMMENT ON COLUMN rent_payment.pay_method IS 'ach, check, card or cash; NULL while unpaid';
COMMENT ON COLUMN rent_payment.late_fee IS 'charged when paid more than 5 days after the due date';

INSERT INTO rent_payment (pmt_id, lease_id, due_date, paid_date, amount, pay_method, late_fee)
WITH d AS (
    SELECT l.lease_id, l.monthly_rent, k, (l.start_dt + k * interval '1 month')::date AS due_date
    FROM lease l
    CROSS JOIN LATERAL generate_series(0, 23) AS k
    WHERE (l.start_dt + k * interval '1 month')::date
          <= least(coalesce(l.end_dt, date '2025-11-30'), date '2025-11-30')
), p AS (
    SELECT d.*,
           row_number() OVER (ORDER BY lease_id, due_date) AS rn,
           CASE WHEN due_date >= date '2025-11-01' AND lease_id % 3 = 0 THEN NULL
                WHEN lease_id % 23 = 0 AND k % 5 = 4 THEN NULL
                WHEN k = 0 THEN due_date                                   -- first month paid at move-in
                WHEN due_date + ((lease_id * 3 + k * 7) % 13) - 4 > date '2025-11-30' THEN NULL
                ELSE due_date + ((lease_id * 3 + k * 7) % 13) - 4 END AS paid_date
    FROM d
)
SELECT rn, lease_id, due_date, paid_date, monthly_rent,
       CASE WHEN paid_date IS NULL THEN NULL
            ELSE (ARRAY['ach','ach','check','card','ach','cash','card'])[1 + (lease_id + k) % 7] END,
       CASE WHEN paid_date > due_date + 5 THEN 50 + 5 * (paid_date - due_date - 6) ELSE 0 END
FROM p;

-- ---------------------------------------------------------------- work_order (maintenance tickets)
CREATE TABLE work_order (
    wo_id           integer PRIMARY KEY,
    unit_id         integer NOT NULL,
    vendor_id       integer REFERENCES vendor (vendor_id),
    opened_at       timestamptz NOT NULL,
    closed_at       timestamptz,
    priority        char(1) NOT NULL,
    category        text NOT NULL,
    wo_status       varchar(12) NOT NULL,
    cost            numeric(10,2),
    tenant_billable boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN work_order.unit_id IS 'apartment (rental_unit.unit_id) the ticket is for';
COMMENT ON COLUMN work_order.vendor_id IS 'contractor assigned; NULL = handled by in-house staff';
COMMENT ON COLUMN work_order.priority IS 'H = high, M = medium, L = low';
COMMENT ON COLUMN work_order.closed_at IS 'when the ticket was completed or cancelled; NULL = not closed yet';
COMMENT ON COLUMN work_order.wo_status IS 'open, in_progress, completed, cancelled';
COMMENT ON COLUMN work_order.cost IS 'total cost of the repair, USD; NULL unless completed';

INSERT INTO work_order (wo_id, unit_id, vendor_id, opened_at, closed_at, priority, category, wo_status, cost, tenant_billable)
WITH b AS (
    SELECT g,
           CASE WHEN g % 4 = 0 THEN 1 + (g * 13) % 60               -- the three oldest buildings get more tickets
                WHEN g % 9 = 0 THEN 81 + (g * 7) % 20
                WHEN g % 14 = 0 THEN 141 + (g * 3) % 20
                ELSE 1 + (g * 37) % 240 END AS unit_id,
           timestamptz '2024-01-02 08:00:00+00' + g * interval '11 hours' + ((g * 17) % 60) * interval '1 minute' AS opened_at,
           CASE WHEN g % 5 = 0 THEN 'H' WHEN g % 4 = 1 THEN 'L' ELSE 'M' END AS priority,
           (ARRAY['plumbing','electrical','hvac','appliance','pest control','general','locks/keys'])[1 + (g * 3) % 7] AS category
    FROM generate_series(1, 1500) AS g
), s AS (
    SELECT b.*,
           CASE WHEN opened_at >= timestamptz '2025-11-01 00:00:00+00' THEN CASE WHEN g % 2 = 0 THEN 'open' ELSE 'in_progress' END
                WHEN g % 19 = 0 THEN 'cancelled'
                WHEN g % 53 = 0 THEN 'open'
                ELSE 'completed' END AS wo_status,
           CASE WHEN g % 6 = 0 THEN NULL
                WHEN category = 'plumbing'     THEN 1 + g % 3
                WHEN category = 'electrical'   THEN 4 + g % 2
                WHEN category = 'hvac'         THEN 6 + g % 2
                WHEN category = 'appliance'    THEN 8 + g % 2
                WHEN category = 'pest control' THEN 10
                ELSE 11 + g % 3 END AS vendor_id
    FROM b
)
SELECT g, unit_id, vendor_id, opened_at,
       CASE wo_status
            WHEN 'completed' THEN opened_at + (CASE priority WHEN 'H' THEN 2 + (g * 7) % 30
                                                            WHEN 'M' THEN 12 + (g * 11) % 100
                                                            ELSE 24 + (g * 13) % 300 END) * interval '1 hour'
            WHEN 'cancelled' THEN opened_at + (1 + g % 48) * interval '1 hour'
            END,
       priority, category, wo_status,
       CASE WHEN wo_status <> 'completed' THEN NULL
            WHEN vendor_id IS NULL THEN 35 + g % 80
            ELSE 65 + (g * 29) % 900 + (g % 100) / 100.0 END,
       wo_status = 'completed' AND g % 11 = 0
FROM s;
