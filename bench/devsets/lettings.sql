-- Harbourside Lettings, Gloucester Road, Bristol: the office database.
-- We look after about 180 flats and houses for 60 landlords, mostly in Clifton, Redland,
-- Cotham, Bishopston, Southville, Bedminster, Totterdown, Easton, Fishponds and Horfield.
-- Every let is a tenancy: start date, end of the fixed term, rent per calendar month and a
-- deposit that has to go into one of the protection schemes (DPS, TDS or mydeposits) within
-- 30 days; we log the date we protected it, blank means we haven't yet.
-- Rent is due monthly on the day of the month the tenancy started. Most pay by standing order,
-- some pay late or short and fall into arrears. Our management fee is a percentage of the rent
-- we actually collect (each landlord's % is on their record) and every landlord gets a monthly
-- statement which we then pay out.
-- Tenants report repairs; we give each a priority (emergency / urgent / routine), send it to a
-- contractor and close it with the completed date and the invoice amount.
-- Every property with gas needs a gas safety certificate renewed each year.
-- When a place is empty or the tenants have given notice we book viewings, which end in an offer or not.
-- Records run from January 2024 (when we moved off spreadsheets) to the end of November 2026.

DROP TABLE IF EXISTS ll_statements;
DROP TABLE IF EXISTS viewings;
DROP TABLE IF EXISTS gas_certs;
DROP TABLE IF EXISTS repairs;
DROP TABLE IF EXISTS rent_pmts;
DROP TABLE IF EXISTS tenant;
DROP TABLE IF EXISTS tenancies;
DROP TABLE IF EXISTS property;
DROP TABLE IF EXISTS contractors;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS landlords;

-- ---------------------------------------------------------------- tables

CREATE TABLE landlords (
    ll_id       integer PRIMARY KEY,
    name        text NOT NULL,
    email       text,
    phone       text,
    is_company  boolean NOT NULL DEFAULT false,
    fee_pct     numeric(5,2) NOT NULL,
    joined_dt   date NOT NULL,
    notes       text
);
COMMENT ON TABLE landlords IS 'The landlords whose properties we manage.';
COMMENT ON COLUMN landlords.is_company IS 'True when the landlord is a limited company rather than a private person';
COMMENT ON COLUMN landlords.fee_pct IS 'Our management fee, as a % of the rent we actually collect for them (0 = we do it for nothing)';
COMMENT ON COLUMN landlords.joined_dt IS 'Date they signed our management agreement';

CREATE TABLE staff (
    staff_id    integer PRIMARY KEY,
    initials    text NOT NULL,
    full_name   text NOT NULL,
    role        char(1) NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    start_dt    date NOT NULL,
    left_dt     date
);
COMMENT ON TABLE staff IS 'People in the office.';
COMMENT ON COLUMN staff.role IS 'Role: D = director, N = negotiator (does viewings and lets), P = property manager, A = admin / accounts';
COMMENT ON COLUMN staff.active IS 'False once they have left us';
COMMENT ON COLUMN staff.left_dt IS 'Last day with us; empty while they still work here';

CREATE TABLE contractors (
    con_id      integer PRIMARY KEY,
    name        text NOT NULL,
    trade       char(1) NOT NULL,
    phone       text,
    gas_safe_no text,
    vat_reg     boolean NOT NULL DEFAULT false,
    active      boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE contractors IS 'Tradespeople we send repairs and gas safety checks to.';
COMMENT ON COLUMN contractors.trade IS 'Trade: P = plumber, G = gas engineer (boilers, gas safety), E = electrician, B = builder / handyman, L = locksmith, R = roofer, D = damp specialist';
COMMENT ON COLUMN contractors.gas_safe_no IS 'Gas Safe register number, gas engineers only';
COMMENT ON COLUMN contractors.vat_reg IS 'True if they charge VAT on their invoices';

CREATE TABLE property (
    prop_id     integer PRIMARY KEY,
    ll_id       integer NOT NULL REFERENCES landlords (ll_id),
    addr1       text NOT NULL,
    area        text NOT NULL,
    postcode    text NOT NULL,
    prop_type   char(1) NOT NULL,
    beds        smallint NOT NULL,
    gas_supply  boolean NOT NULL,
    furnished   boolean NOT NULL DEFAULT false,
    added_dt    date NOT NULL,
    notes       text
);
COMMENT ON TABLE property IS 'Every flat and house we manage (one row per lettable unit).';
COMMENT ON COLUMN property.ll_id IS 'The landlord who owns it';
COMMENT ON COLUMN property.addr1 IS 'First line of the address (flat number, house number and street)';
COMMENT ON COLUMN property.area IS 'Bristol area we advertise it under (Clifton, Redland, Bedminster, ...)';
COMMENT ON COLUMN property.prop_type IS 'Type: F = flat, H = house, M = maisonette, S = studio';
COMMENT ON COLUMN property.beds IS 'Number of bedrooms (0 for a studio)';
COMMENT ON COLUMN property.gas_supply IS 'True if the property has gas (so it needs a yearly gas safety certificate); false = all electric';
COMMENT ON COLUMN property.added_dt IS 'Date we took the property on';

CREATE TABLE tenancies (
    tncy_id          integer PRIMARY KEY,
    prop_id          integer NOT NULL REFERENCES property (prop_id),
    start_dt         date NOT NULL,
    fixed_end_dt     date NOT NULL,
    rent_pcm         numeric(8,2) NOT NULL,
    deposit_amt      numeric(8,2) NOT NULL,
    dep_scheme       text,
    dep_protected_dt date,
    st               char(1) NOT NULL,
    ended_dt         date,
    notes            text
);
COMMENT ON TABLE tenancies IS 'One row per let of a property, from move-in to move-out.';
COMMENT ON COLUMN tenancies.fixed_end_dt IS 'Last day of the fixed term; after that it rolls on month to month unless someone gives notice';
COMMENT ON COLUMN tenancies.rent_pcm IS 'Rent per calendar month, in pounds';
COMMENT ON COLUMN tenancies.deposit_amt IS 'Deposit taken (normally 5 weeks rent)';
COMMENT ON COLUMN tenancies.dep_scheme IS 'Deposit scheme it is protected with: DPS, TDS or MYD (mydeposits); empty until protected';
COMMENT ON COLUMN tenancies.dep_protected_dt IS 'Date we registered the deposit with the scheme; empty = not protected yet';
COMMENT ON COLUMN tenancies.st IS 'Status: A = active, still in the fixed term; P = periodic (fixed term over, rolling month to month); N = notice given, tenants still in; E = ended, tenants moved out';
COMMENT ON COLUMN tenancies.ended_dt IS 'Move-out date; empty while the tenants are still in';

CREATE TABLE tenant (
    tenant_id   integer PRIMARY KEY,
    tncy_id     integer NOT NULL REFERENCES tenancies (tncy_id),
    full_name   text NOT NULL,
    email       text,
    mobile      text,
    is_lead     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE tenant IS 'People named on a tenancy (joint tenants get a row each).';
COMMENT ON COLUMN tenant.is_lead IS 'True for the lead tenant we deal with';

CREATE TABLE rent_pmts (
    pmt_id      integer PRIMARY KEY,
    tncy_id     integer NOT NULL REFERENCES tenancies (tncy_id),
    due_dt      date NOT NULL,
    amt_due     numeric(8,2) NOT NULL,
    amt_paid    numeric(8,2) NOT NULL DEFAULT 0,
    paid_dt     date,
    pay_method  char(1)
);
COMMENT ON TABLE rent_pmts IS 'Monthly rent: one row per month due on each tenancy, with what came in.';
COMMENT ON COLUMN rent_pmts.due_dt IS 'Date the month''s rent is due';
COMMENT ON COLUMN rent_pmts.amt_due IS 'Rent due for the month (0 for a rent-free month we agreed)';
COMMENT ON COLUMN rent_pmts.amt_paid IS 'What the tenant actually paid; less than amt_due means arrears';
COMMENT ON COLUMN rent_pmts.paid_dt IS 'Date the money reached us; empty = nothing received yet';
COMMENT ON COLUMN rent_pmts.pay_method IS 'How it was paid: S = standing order, B = one-off bank transfer, C = card, H = housing benefit / Universal Credit paid direct; empty if nothing paid';

CREATE TABLE repairs (
    rep_id          integer PRIMARY KEY,
    prop_id         integer NOT NULL REFERENCES property (prop_id),
    tncy_id         integer REFERENCES tenancies (tncy_id),
    reported_dt     date NOT NULL,
    descr           text NOT NULL,
    priority        char(1) NOT NULL,
    con_id          integer REFERENCES contractors (con_id),
    sent_dt         date,
    completed_dt    date,
    invoice_amt     numeric(8,2),
    recharge_tenant boolean NOT NULL DEFAULT false,
    notes           text
);
COMMENT ON TABLE repairs IS 'Repairs reported by tenants (or found by us), one row per job.';
COMMENT ON COLUMN repairs.tncy_id IS 'Tenancy that reported it; empty if we found it ourselves while the place was empty';
COMMENT ON COLUMN repairs.priority IS 'Priority: E = emergency (same day), U = urgent (within a few days), R = routine';
COMMENT ON COLUMN repairs.con_id IS 'Contractor we sent it to; empty = not sent to anyone yet';
COMMENT ON COLUMN repairs.sent_dt IS 'Date we sent it to the contractor';
COMMENT ON COLUMN repairs.completed_dt IS 'Date the job was done; empty = repair still open';
COMMENT ON COLUMN repairs.invoice_amt IS 'Contractor''s invoice in pounds (0 = no charge, e.g. under warranty); empty while the job is open';
COMMENT ON COLUMN repairs.recharge_tenant IS 'True if the tenant caused it and we recharge them';

CREATE TABLE gas_certs (
    cert_id     integer PRIMARY KEY,
    prop_id     integer NOT NULL REFERENCES property (prop_id),
    con_id      integer NOT NULL REFERENCES contractors (con_id),
    issued_dt   date NOT NULL,
    expiry_dt   date,
    result      char(1) NOT NULL,
    cert_ref    text NOT NULL
);
COMMENT ON TABLE gas_certs IS 'Gas safety checks (CP12) done on our gas properties; a pass is good for one year.';
COMMENT ON COLUMN gas_certs.con_id IS 'Gas engineer who did the check';
COMMENT ON COLUMN gas_certs.issued_dt IS 'Date of the check';
COMMENT ON COLUMN gas_certs.expiry_dt IS 'Date the certificate runs out; empty when the check failed (no certificate issued)';
COMMENT ON COLUMN gas_certs.result IS 'Result: P = pass, certificate issued; F = fail, remedial work needed and a re-check booked';

CREATE TABLE viewings (
    vw_id         integer PRIMARY KEY,
    prop_id       integer NOT NULL REFERENCES property (prop_id),
    staff_id      integer NOT NULL REFERENCES staff (staff_id),
    vw_dt         timestamp NOT NULL,
    applicant     text NOT NULL,
    applicant_tel text,
    outcome       char(1),
    offer_pcm     numeric(8,2),
    notes         text
);
COMMENT ON TABLE viewings IS 'Viewings booked for properties that are empty or on notice.';
COMMENT ON COLUMN viewings.staff_id IS 'Who from the office did the viewing';
COMMENT ON COLUMN viewings.vw_dt IS 'Date and time of the viewing';
COMMENT ON COLUMN viewings.outcome IS 'Outcome: O = applicant made an offer, N = viewed but no offer, X = cancelled or didn''t turn up; empty = no feedback recorded yet';
COMMENT ON COLUMN viewings.offer_pcm IS 'Rent per month offered, when they made an offer';

CREATE TABLE ll_statements (
    stmt_id            integer PRIMARY KEY,
    ll_id              integer NOT NULL REFERENCES landlords (ll_id),
    stmt_month         date NOT NULL,
    rent_collected_amt numeric(10,2) NOT NULL,
    fee_amt            numeric(10,2) NOT NULL,
    repairs_amt        numeric(10,2) NOT NULL,
    paid_out_dt        date,
    stmt_ref           text NOT NULL
);
COMMENT ON TABLE ll_statements IS 'Monthly statement to each landlord: rent we collected that month, less our fee and repair invoices, paid out to them.';
COMMENT ON COLUMN ll_statements.stmt_month IS 'First day of the month the statement covers';
COMMENT ON COLUMN ll_statements.rent_collected_amt IS 'Rent received in the month for their properties';
COMMENT ON COLUMN ll_statements.fee_amt IS 'Our management fee taken off (rent collected x their fee %)';
COMMENT ON COLUMN ll_statements.repairs_amt IS 'Repair invoices for their properties taken off';
COMMENT ON COLUMN ll_statements.paid_out_dt IS 'Date we paid the balance to the landlord; empty = not paid out yet';

-- ---------------------------------------------------------------- data

-- landlords: 60; number 23 is the owner's brother-in-law (no fee), number 60 signed up in November 2026 and has no property on yet
INSERT INTO landlords (ll_id, name, email, phone, is_company, fee_pct, joined_dt, notes)
SELECT i,
       CASE WHEN i % 7 = 0
            THEN (ARRAY['Hughes','Patel','Evans','Morgan','Khan','Taylor','Jones','Walsh','Price','Ahmed','Davies','Clarke','Lewis','Nowak','Bennett'])[1 + i % 15] || ' Property Ltd'
            ELSE (ARRAY['Sarah','David','Amir','Linda','Gareth','Joanne','Peter','Mei','Robert','Fiona','Hassan','Claire'])[1 + i % 12] || ' ' ||
                 (ARRAY['Hughes','Patel','Evans','Morgan','Khan','Taylor','Jones','Walsh','Price','Ahmed','Davies','Clarke','Lewis','Nowak','Bennett'])[1 + i % 15]
       END,
       CASE WHEN i % 9 = 4 THEN NULL
            ELSE lower((ARRAY['Sarah','David','Amir','Linda','Gareth','Joanne','Peter','Mei','Robert','Fiona','Hassan','Claire'])[1 + i % 12]) || '.' ||
                 lower((ARRAY['Hughes','Patel','Evans','Morgan','Khan','Taylor','Jones','Walsh','Price','Ahmed','Davies','Clarke','Lewis','Nowak','Bennett'])[1 + i % 15]) ||
                 (ARRAY['@gmail.com','@btinternet.com','@outlook.com','@yahoo.co.uk'])[1 + i % 4]
       END,
       '07' || lpad(((i::bigint * 7919 * 104729) % 1000000000)::text, 9, '0'),
       i % 7 = 0,
       CASE WHEN i = 23 THEN 0 ELSE (ARRAY[8, 10, 10, 12, 12, 15])[1 + (i * 5) % 6] END,
       CASE WHEN i = 60 THEN date '2026-11-18' ELSE date '2024-01-02' + (i * 7) % 30 END,
       CASE WHEN i = 23 THEN 'Family - managed free of charge'
            WHEN i = 60 THEN 'New landlord, first flat coming on in the new year'
            WHEN i % 11 = 5 THEN 'Prefers contact by email only'
            WHEN i % 13 = 2 THEN 'Lives abroad - non-resident landlord scheme'
       END
FROM generate_series(1, 60) AS i;

INSERT INTO staff (staff_id, initials, full_name, role, active, start_dt, left_dt) VALUES
 (1, 'HM', 'Helen Marsh',   'D', true,  date '2011-04-01', NULL),
 (2, 'TO', 'Tom Okafor',    'N', true,  date '2019-09-02', NULL),
 (3, 'PS', 'Priya Shah',    'N', false, date '2021-01-11', date '2025-06-30'),
 (4, 'JD', 'Jack Doyle',    'N', true,  date '2023-05-15', NULL),
 (5, 'SP', 'Sian Price',    'P', true,  date '2016-02-01', NULL),
 (6, 'MN', 'Marek Nowak',   'P', true,  date '2022-10-03', NULL),
 (7, 'KB', 'Kerry Bell',    'A', true,  date '2018-06-18', NULL),
 (8, 'AR', 'Aisha Rahman',  'N', true,  date '2025-07-14', NULL);

INSERT INTO contractors (con_id, name, trade, phone, gas_safe_no, vat_reg, active, notes) VALUES
 ( 1, 'Severn Gas & Heating',      'G', '0117 955 2031', '512344', true,  true,  NULL),
 ( 2, 'K Fletcher Gas Services',   'G', '07700 934112',  '604211', false, true,  'Sole trader, cheap but busy'),
 ( 3, 'BoilerCare Bristol',        'G', '0117 962 4410', '587090', true,  true,  NULL),
 ( 4, 'Avon Plumbing',             'P', '0117 940 1188', NULL,     true,  true,  NULL),
 ( 5, 'Dan the Plumber',           'P', '07812 440921',  NULL,     false, true,  NULL),
 ( 6, 'Redland Drains & Plumbing', 'P', '0117 924 7730', NULL,     true,  true,  NULL),
 ( 7, 'Sparks Electrical',         'E', '0117 951 6602', NULL,     true,  true,  NULL),
 ( 8, 'M Ali Electrics',           'E', '07956 301774',  NULL,     false, true,  NULL),
 ( 9, 'Bristol Property Maintenance', 'B', '0117 963 8821', NULL,  true,  true,  NULL),
 (10, 'Handy Andy Repairs',        'B', '07734 118250',  NULL,     false, true,  NULL),
 (11, 'Clift Building Services',   'B', '0117 973 0045', NULL,     true,  true,  NULL),
 (12, 'J & R Carpentry',           'B', '07588 902316',  NULL,     false, false, 'Retired end of 2025'),
 (13, 'Keyway Locksmiths',         'L', '0117 949 5500', NULL,     true,  true,  '24 hour call out'),
 (14, 'Top Notch Roofing',         'R', '0117 977 3391', NULL,     true,  true,  NULL),
 (15, 'DryWall Damp Solutions',    'D', '0117 982 6612', NULL,     true,  true,  'Quoted twice, never used yet');

-- properties: 180; 180 was taken on in November 2026 and has nothing else yet
INSERT INTO property (prop_id, ll_id, addr1, area, postcode, prop_type, beds, gas_supply, furnished, added_dt, notes)
SELECT p, ll, addr, area, pc, pt, beds,
       CASE WHEN p = 180 THEN false ELSE NOT (pt = 'S' OR (pt = 'F' AND p % 3 = 0)) END,
       (p % 3 = 1 OR pt = 'S'),
       CASE WHEN p = 180 THEN date '2026-11-24' ELSE date '2024-01-02' + (p * 53) % 180 END,
       CASE WHEN p % 29 = 3 THEN 'Keys held in office, tenant works nights'
            WHEN p % 31 = 7 THEN 'Communal boiler - managed by freeholder'
            WHEN p % 23 = 11 THEN 'Parking permit zone'
            WHEN p = 180 THEN 'Just taken on, photos and EPC booked'
       END
FROM (
    SELECT p,
           CASE WHEN p <= 40 THEN 1 + (p - 1) % 5 ELSE 6 + (p * 17) % 54 END AS ll,
           (ARRAY['Clifton','Redland','Cotham','Bishopston','Southville','Bedminster','Totterdown','Easton','Fishponds','Horfield'])[1 + ((p * 7) % 20) / 2] AS area,
           (ARRAY['BS8','BS6','BS6','BS7','BS3','BS3','BS4','BS5','BS16','BS7'])[1 + ((p * 7) % 20) / 2]
             || ' ' || (1 + p % 9)::text || (ARRAY['AB','DF','HL','NP','QR','TU','WX','EJ'])[1 + p % 8] AS pc,
           pt,
           CASE pt WHEN 'S' THEN 0 WHEN 'F' THEN 1 + p % 2 WHEN 'M' THEN 2 + p % 2 ELSE 2 + (p / 3) % 3 END AS beds,
           CASE WHEN pt IN ('F', 'S', 'M') THEN 'Flat ' || (1 + p % 4)::text || ', ' ELSE '' END
             || (p + 10)::text || ' '
             || (ARRAY['Princess Victoria Street','Oakfield Road','Redland Road','Zetland Road','Cotham Hill','Hampton Road',
                       'Gloucester Road','Longmead Avenue','North Street','Stackpool Road','East Street','Cannon Street',
                       'Wells Road','Cambridge Street','Stapleton Road','Belle Vue Road','Fishponds Road','Straits Parade',
                       'Kellaway Avenue','Wellington Hill'])[1 + (p * 7) % 20] AS addr
    FROM (
        SELECT p, CASE WHEN ((p * 37) % 101) % 10 < 5 THEN 'F'
                       WHEN ((p * 37) % 101) % 10 < 8 THEN 'H'
                       WHEN ((p * 37) % 101) % 10 = 8 THEN 'M'
                       ELSE 'S' END AS pt
        FROM generate_series(1, 180) AS p
    ) x
) y;

-- tenancies: each property is let from 2024, with a void of a few weeks between lets
DO $$
DECLARE
    r     record;
    s     date;
    k     int;
    term  int;
    stay  int;
    fe    date;
    en    date;
    rent  numeric;
    base  numeric;
    tid   int := 0;
    stv   char(1);
    prot  date;
BEGIN
    FOR r IN SELECT * FROM property WHERE prop_id < 180 ORDER BY prop_id LOOP
        base := CASE r.area WHEN 'Clifton' THEN 1100 WHEN 'Redland' THEN 1010 WHEN 'Cotham' THEN 990
                            WHEN 'Bishopston' THEN 950 WHEN 'Southville' THEN 920 WHEN 'Bedminster' THEN 860
                            WHEN 'Totterdown' THEN 840 WHEN 'Easton' THEN 790 WHEN 'Fishponds' THEN 770
                            ELSE 810 END
                + r.beds * 175 + CASE WHEN r.prop_type = 'H' THEN 150 ELSE 0 END + (r.prop_id * 13 % 9) * 10;
        s := r.added_dt + 3 + (r.prop_id * 11) % 20;
        k := 0;
        WHILE s <= date '2026-11-30' LOOP
            k := k + 1;
            tid := tid + 1;
            term := CASE WHEN (r.prop_id + k) % 7 = 0 THEN 6 ELSE 12 END;
            fe := (s + make_interval(months => term) - interval '1 day')::date;
            stay := term + ((r.prop_id * 11 + k * 5) % 15);
            en := (s + make_interval(months => stay) - interval '1 day')::date;
            rent := round(base * (1 + 0.05 * (k - 1)) / 5) * 5;
            IF en > date '2026-11-30' OR r.prop_id % 4 = 0 THEN
                en := NULL;
                stv := CASE WHEN (r.prop_id + k) % 9 = 0 THEN 'N'
                            WHEN fe < date '2026-11-30' THEN 'P'
                            ELSE 'A' END;
            ELSE
                stv := 'E';
            END IF;
            IF s > date '2026-11-30' - 30 AND tid % 3 <> 0 THEN
                prot := NULL;                      -- new let, not done yet
            ELSIF r.prop_id % 37 = 0 AND k = 1 THEN
                prot := NULL;                      -- slipped through the net
            ELSE
                prot := s + 3 + (tid * 7) % 20;
            END IF;
            INSERT INTO tenancies (tncy_id, prop_id, start_dt, fixed_end_dt, rent_pcm, deposit_amt, dep_scheme,
                                   dep_protected_dt, st, ended_dt, notes)
            VALUES (tid, r.prop_id, s, fe, rent, round(rent * 12 / 52 * 5), 
                    CASE WHEN prot IS NULL THEN NULL ELSE (ARRAY['DPS','TDS','MYD'])[1 + (r.prop_id + k) % 3] END,
                    prot, stv, en,
                    CASE WHEN stv = 'N' THEN 'Tenants gave notice, viewings being booked'
                         WHEN tid % 17 = 5 THEN 'Pets allowed (one cat), extra deposit agreed'
                         WHEN tid % 19 = 8 THEN 'Guarantor on file'
                    END);
            EXIT WHEN en IS NULL;
            s := en + 1 + 14 + (r.prop_id * k * 17) % 50;
        END LOOP;
    END LOOP;
END $$;

-- tenants: 1 to 3 per tenancy
INSERT INTO tenant (tenant_id, tncy_id, full_name, email, mobile, is_lead)
SELECT row_number() OVER (ORDER BY t.tncy_id, j),
       t.tncy_id,
       fn || ' ' || ln,
       CASE WHEN (t.tncy_id + j) % 10 = 3 THEN NULL ELSE lower(fn) || '.' || lower(ln) || (t.tncy_id % 90 + 10)::text || '@' ||
            (ARRAY['gmail.com','hotmail.co.uk','outlook.com','icloud.com','bristol.ac.uk'])[1 + (t.tncy_id + j) % 5] END,
       '07' || lpad(((t.tncy_id * 7717 + j * 1000003) % 1000000000)::text, 9, '0'),
       j = 1
FROM tenancies t
JOIN property p ON p.prop_id = t.prop_id
CROSS JOIN LATERAL generate_series(1, least(1 + t.tncy_id % 3, greatest(p.beds, 1) + 1)) AS j
CROSS JOIN LATERAL (SELECT
       (ARRAY['Olivia','Jake','Amelia','Kwame','Sophie','Liam','Zara','Ethan','Chloe','Mohammed','Grace','Oscar',
              'Ruby','Ioana','Harvey','Freya','Tomasz','Leah','Callum','Aaliyah','Finn','Nia','Rhys','Hannah'])[1 + (t.tncy_id * 5 + j * 11) % 24] AS fn,
       (ARRAY['Smith','Brown','Wilson','Thomas','Roberts','Johnson','Wright','Green','Hall','Wood','Kowalski','Osei',
              'Begum','Murphy','Edwards','Turner','Popescu','Hill','Baker','Collins','Ward','Mensah'])[1 + (t.tncy_id * 7 + j * 3) % 22] AS ln
) n;

-- rent: one row per month due, from the start of each tenancy to move-out or the end of November 2026
INSERT INTO rent_pmts (pmt_id, tncy_id, due_dt, amt_due, amt_paid, paid_dt, pay_method)
SELECT row_number() OVER (ORDER BY tncy_id, n),
       tncy_id, due,
       CASE kind WHEN 'FREE' THEN 0 ELSE rent_pcm END,
       CASE kind WHEN 'FREE' THEN 0 WHEN 'UNPAID' THEN 0 WHEN 'PART' THEN round(rent_pcm / 2) ELSE rent_pcm END,
       CASE kind WHEN 'FREE' THEN due WHEN 'UNPAID' THEN NULL WHEN 'PART' THEN due + 3
                 WHEN 'LATE' THEN due + 5 + (h * 7) % 20 ELSE due + h % 3 END,
       CASE WHEN kind IN ('FREE', 'UNPAID') THEN NULL
            WHEN hb THEN 'H'
            WHEN kind = 'PART' THEN 'B'
            ELSE (ARRAY['B','C','S','S','S','S','S','S','S','S'])[1 + h % 10] END
FROM (
    SELECT b.*,
           CASE WHEN tncy_id % 50 = 0 AND n = 0 THEN 'FREE'
                WHEN bad AND h < 20 THEN 'UNPAID'
                WHEN bad AND h < 35 THEN 'PART'
                WHEN bad THEN 'LATE'
                WHEN h = 97 THEN 'PART'
                WHEN h = 98 AND tncy_id % 4 = 1 THEN 'UNPAID'
                WHEN h BETWEEN 90 AND 94 OR (hb AND h < 40) THEN 'LATE'
                ELSE 'ONTIME' END AS kind
    FROM (
        SELECT t.tncy_id, t.rent_pcm, n,
               (t.start_dt + make_interval(months => n))::date AS due,
               (t.tncy_id * 31 + n * 17) % 100 AS h,
               t.tncy_id % 11 = 0 AS bad,
               t.tncy_id % 13 = 0 AS hb
        FROM tenancies t
        CROSS JOIN generate_series(0, 40) AS n
        WHERE (t.start_dt + make_interval(months => n))::date
              <= least(coalesce(t.ended_dt, date '2026-11-30'), date '2026-11-30')
    ) b
) c;

-- nothing can have arrived after the end of November
UPDATE rent_pmts SET amt_paid = 0, paid_dt = NULL, pay_method = NULL WHERE paid_dt > date '2026-11-30';

-- repairs
CREATE TEMP TABLE rep_types (pri char(1), n int, descr text, trade char(1));
INSERT INTO rep_types VALUES
 ('E', 0, 'No heating or hot water', 'G'),
 ('E', 1, 'Boiler leaking', 'G'),
 ('E', 2, 'Burst pipe under kitchen sink', 'P'),
 ('E', 3, 'Front door lock broken, can''t secure flat', 'L'),
 ('E', 4, 'Sparking socket in living room', 'E'),
 ('E', 5, 'Smell of gas reported', 'G'),
 ('U', 0, 'Toilet not flushing', 'P'),
 ('U', 1, 'Oven not working', 'E'),
 ('U', 2, 'Shower leaking into flat below', 'P'),
 ('U', 3, 'Bedroom window won''t close', 'B'),
 ('U', 4, 'Roof tiles slipped after storm', 'R'),
 ('U', 5, 'Extractor fan not working', 'E'),
 ('U', 6, 'Boiler pressure keeps dropping', 'G'),
 ('R', 0, 'Dripping kitchen tap', 'P'),
 ('R', 1, 'Loose banister', 'B'),
 ('R', 2, 'Cracked bathroom tile', 'B'),
 ('R', 3, 'Garden fence panel down', 'B'),
 ('R', 4, 'Kitchen drawer runner broken', 'B'),
 ('R', 5, 'Mould on bathroom sealant', 'B'),
 ('R', 6, 'Doorbell not working', 'E'),
 ('R', 7, 'Gutter blocked', 'R'),
 ('R', 8, 'Radiator cold at the top', 'G'),
 ('R', 9, 'Bathroom light pull cord snapped', 'E');

INSERT INTO repairs (rep_id, prop_id, tncy_id, reported_dt, descr, priority, con_id, sent_dt, completed_dt, invoice_amt, recharge_tenant, notes)
SELECT i, prop_id, NULL, rdt, rt.descr, x.pri,
       c.con_id,
       sent,
       done,
       CASE WHEN done IS NULL THEN NULL
            WHEN i % 41 = 0 THEN 0
            ELSE (CASE rt.trade WHEN 'G' THEN 85 WHEN 'P' THEN 70 WHEN 'E' THEN 75 WHEN 'B' THEN 45 WHEN 'L' THEN 95 ELSE 160 END)
                 + ((i * 37) % 101) * (CASE rt.trade WHEN 'B' THEN 4.5 WHEN 'R' THEN 6.25 ELSE 2.35 END) END,
       (i % 9 = 0 AND rt.trade IN ('L', 'B')),
       CASE WHEN done IS NOT NULL AND i % 41 = 0 THEN 'Under warranty - no charge'
            WHEN done IS NULL AND sent IS NOT NULL AND i % 53 = 0 AND rdt > date '2026-06-01' THEN 'Waiting on parts'
            WHEN done IS NULL AND x.pri = 'E' THEN 'Made safe, return visit booked'
            WHEN i % 17 = 6 THEN 'Tenant not in first time, rebooked'
       END
FROM (
    SELECT i, prop_id, rdt, pri, sel, sent,
           CASE WHEN sent IS NULL OR (i % 53 = 0 AND (pri = 'R' OR rdt > date '2026-06-01')) THEN NULL
                WHEN pri = 'E' AND rdt > date '2026-10-25' AND i % 2 = 0 THEN NULL
                WHEN sent + dur > date '2026-11-30' THEN NULL
                ELSE sent + dur END AS done
    FROM (
        SELECT i, prop_id, rdt, pri, sel,
               CASE WHEN pri = 'R' AND rdt > date '2026-11-20' AND i % 2 = 0 THEN NULL
                    ELSE least(rdt + CASE pri WHEN 'E' THEN 0 WHEN 'U' THEN 1 + i % 2 ELSE i % 7 END, date '2026-11-30') END AS sent,
               CASE pri WHEN 'E' THEN i % 3 WHEN 'U' THEN 2 + i % 8 ELSE 5 + (i * 13) % 36 END AS dur
        FROM (
            SELECT i,
                   CASE WHEN (1 + (i * 67) % 179) % 13 = 0 AND (i * 389) % 1065 >= 610   -- hardly anything goes wrong at these lately
                        THEN 2 + (i * 67) % 179 ELSE 1 + (i * 67) % 179 END AS prop_id,
                   date '2024-01-01' + (i * 389) % 1065 AS rdt,
                   CASE WHEN (i * 13) % 20 < 3 THEN 'E' WHEN (i * 13) % 20 < 9 THEN 'U' ELSE 'R' END AS pri,
                   (i * 7) % 97 AS sel
            FROM generate_series(1, 1100) AS i
        ) a
    ) b
) x
JOIN rep_types rt ON rt.pri = x.pri AND rt.n = x.sel % (SELECT count(*) FROM rep_types r2 WHERE r2.pri = x.pri)
LEFT JOIN LATERAL (
    SELECT con_id FROM contractors c
    WHERE c.trade = rt.trade AND x.sent IS NOT NULL AND (c.con_id <> 12 OR x.sent < date '2026-01-01')
    ORDER BY c.con_id
    OFFSET (x.i % (SELECT count(*) FROM contractors c2 WHERE c2.trade = rt.trade AND (c2.con_id <> 12 OR x.sent < date '2026-01-01')))
    LIMIT 1
) c ON true;

-- link each repair to the tenancy that was in at the time
UPDATE repairs r SET tncy_id = t.tncy_id
FROM tenancies t
WHERE t.prop_id = r.prop_id AND r.reported_dt >= t.start_dt AND r.reported_dt <= coalesce(t.ended_dt, date '2026-11-30');

-- gas safety certificates, renewed a couple of weeks before they run out (mostly)
DO $$
DECLARE
    r    record;
    iss  date;
    k    int;
    cid  int := 0;
    eng  int;
BEGIN
    FOR r IN SELECT * FROM property WHERE gas_supply ORDER BY prop_id LOOP
        iss := date '2024-01-01' + (r.prop_id * 41) % 365;
        k := 0;
        WHILE iss <= date '2026-11-30' LOOP
            k := k + 1;
            eng := 1 + (r.prop_id + k) % 3;
            IF (r.prop_id * 7 + k * 13) % 29 = 0 THEN
                cid := cid + 1;
                INSERT INTO gas_certs VALUES (cid, r.prop_id, eng, iss, NULL, 'F',
                                              'CP12-' || to_char(iss, 'YYYY') || '-' || lpad(cid::text, 5, '0'));
                iss := iss + 7 + (r.prop_id % 8);
                EXIT WHEN iss > date '2026-11-30';
            END IF;
            cid := cid + 1;
            INSERT INTO gas_certs VALUES (cid, r.prop_id, eng, iss, (iss + interval '1 year')::date, 'P',
                                          'CP12-' || to_char(iss, 'YYYY') || '-' || lpad(cid::text, 5, '0'));
            -- a few landlords let it lapse this year and it hasn't been redone
            EXIT WHEN r.prop_id % 15 = 4 AND (iss + interval '1 year')::date >= date '2026-01-01';
            IF r.prop_id % 15 = 7 AND k = 1 THEN
                iss := (iss + interval '1 year')::date + 20;          -- done late
            ELSE
                iss := (iss + interval '1 year')::date - (7 + (r.prop_id * k) % 20);
            END IF;
        END LOOP;
    END LOOP;
END $$;

-- viewings before each new let, and for the places empty or on notice now
INSERT INTO viewings (vw_id, prop_id, staff_id, vw_dt, applicant, applicant_tel, outcome, offer_pcm, notes)
SELECT row_number() OVER (ORDER BY vdt, prop_id, j),
       prop_id,
       CASE WHEN vdt < date '2025-07-01' THEN (ARRAY[1, 2, 3, 4, 2, 3, 4])[1 + (prop_id + j * 3) % 7]
            WHEN vdt < date '2025-07-14' THEN (ARRAY[1, 2, 4, 2, 4])[1 + (prop_id + j * 3) % 5]
            ELSE (ARRAY[1, 2, 4, 8, 2, 4, 8])[1 + (prop_id + j * 3) % 7] END,
       vdt,
       (ARRAY['Ben','Lucy','Arjun','Megan','Kofi','Ellie','Sam','Jasmine','Daniel','Niamh','Yusuf','Holly','Marta','Joe'])[1 + (prop_id * 3 + j * 5) % 14]
         || ' ' || (ARRAY['Carter','Singh','Doherty','Lee','Adeyemi','Morris','Fox','Hussain','Price','Kaur','Ellis','Novak'])[1 + (prop_id + j * 7) % 12],
       CASE WHEN (prop_id + j) % 8 = 0 THEN NULL ELSE '07' || lpad(((prop_id * 99991 + j * 7919 + grp) % 1000000000)::text, 9, '0') END,
       outcome,
       CASE WHEN outcome = 'O' AND accepted THEN rent WHEN outcome = 'O' THEN rent - 25 * (1 + j % 3) END,
       CASE WHEN outcome = 'X' AND j % 2 = 0 THEN 'No show'
            WHEN outcome = 'X' THEN 'Cancelled by applicant'
            WHEN accepted THEN 'Offer accepted, referencing started'
            WHEN outcome = 'N' AND j % 5 = 1 THEN 'Said too small'
       END
FROM (
    -- lets that started after we moved onto the system: viewings in the weeks before move-in
    SELECT t.prop_id, t.tncy_id AS grp, j, t.rent_pcm AS rent,
           (t.start_dt - (40 - j * (30 / (2 + t.tncy_id % 6))) + time '09:30' + ((t.tncy_id * j) % 16) * interval '30 minutes')::timestamp AS vdt,
           j = 2 + t.tncy_id % 6 AS accepted,
           CASE WHEN j = 2 + t.tncy_id % 6 THEN 'O'
                WHEN (t.tncy_id * 7 + j * 3) % 10 < 2 THEN 'O'
                WHEN (t.tncy_id * 7 + j * 3) % 10 < 7 THEN 'N'
                ELSE 'X' END AS outcome
    FROM tenancies t
    CROSS JOIN LATERAL generate_series(1, 2 + t.tncy_id % 6) AS j
    WHERE t.start_dt >= date '2024-02-20'
    UNION ALL
    -- places empty or on notice at the end of November 2026: still showing people round
    SELECT t.prop_id, t.tncy_id + 100000, j, round(t.rent_pcm * 1.05 / 5) * 5,
           (date '2026-11-30' - (j * 4) + time '10:00' + ((t.tncy_id + j) % 14) * interval '30 minutes')::timestamp,
           false,
           CASE WHEN j = 1 THEN NULL
                WHEN (t.tncy_id + j) % 5 = 0 THEN 'O'
                WHEN (t.tncy_id + j) % 5 IN (1, 2) THEN 'N'
                ELSE 'X' END
    FROM tenancies t
    CROSS JOIN LATERAL generate_series(1, 1 + t.tncy_id % 4) AS j
    WHERE (t.st = 'N' OR (t.st = 'E' AND NOT EXISTS (SELECT 1 FROM tenancies t2 WHERE t2.prop_id = t.prop_id AND t2.start_dt > t.start_dt)))
      AND date '2026-11-30' - (j * 4) > coalesce(t.ended_dt, date '2026-11-01') - 25
) v;

-- monthly landlord statements, from the month their first let started
INSERT INTO ll_statements (stmt_id, ll_id, stmt_month, rent_collected_amt, fee_amt, repairs_amt, paid_out_dt, stmt_ref)
SELECT row_number() OVER (ORDER BY m.mon, l.ll_id),
       l.ll_id, m.mon,
       coalesce(rc.amt, 0),
       round(coalesce(rc.amt, 0) * l.fee_pct / 100, 2),
       coalesce(rp.amt, 0),
       CASE WHEN m.mon >= date '2026-11-01' THEN NULL
            WHEN l.ll_id % 17 = 0 AND m.mon = date '2026-10-01' THEN NULL          -- held back, query with landlord
            ELSE (m.mon + interval '1 month')::date + 4 + l.ll_id % 3 END,
       'ST' || to_char(m.mon, 'YYMM') || '-' || lpad(l.ll_id::text, 3, '0')
FROM landlords l
JOIN (SELECT p.ll_id, date_trunc('month', min(t.start_dt))::date AS first_mon
      FROM property p JOIN tenancies t ON t.prop_id = p.prop_id GROUP BY p.ll_id) f ON f.ll_id = l.ll_id
JOIN (SELECT d::date AS mon FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') AS d) m
  ON m.mon >= f.first_mon
LEFT JOIN (SELECT p.ll_id, date_trunc('month', r.paid_dt)::date AS mon, sum(r.amt_paid) AS amt
           FROM rent_pmts r JOIN tenancies t ON t.tncy_id = r.tncy_id JOIN property p ON p.prop_id = t.prop_id
           WHERE r.paid_dt IS NOT NULL GROUP BY 1, 2) rc ON rc.ll_id = l.ll_id AND rc.mon = m.mon
LEFT JOIN (SELECT p.ll_id, date_trunc('month', r.completed_dt)::date AS mon, sum(r.invoice_amt) AS amt
           FROM repairs r JOIN property p ON p.prop_id = r.prop_id
           WHERE r.completed_dt IS NOT NULL AND NOT r.recharge_tenant GROUP BY 1, 2) rp ON rp.ll_id = l.ll_id AND rp.mon = m.mon;

DROP TABLE rep_types;
