-- Arch 14 Makers: the members' database behind our makerspace.
-- We rent a railway arch under the viaduct and opened in January 2024. Members pay a
-- monthly sub on a tier (Basic, Full, or the 24-hour key for night owls, plus a cheap
-- concession rate); most pay by direct debit and anyone can pause instead of leaving.
-- Before you use the laser cutter, the CNC router, the 3D printers, the lathes or the
-- welder you need an induction from one of our volunteer trainers. Once signed off you
-- book time on the machine in slots; the laser, CNC, welder and the Bambu printer are
-- charged by the hour, the rest are free with your sub.
-- The little shop at the front sells plywood, acrylic, filament and consumables.
-- Anything that breaks, or anyone who gets hurt, goes in the incident log and stays
-- open until somebody fixes it. We also run workshops, talks, socials and open evenings,
-- all ticketed (open evenings are free but you still grab a ticket).
-- Figures run from opening day to the end of November 2026.

DROP TABLE IF EXISTS sale_line;
DROP TABLE IF EXISTS shop_sales;
DROP TABLE IF EXISTS tickets;
DROP TABLE IF EXISTS events;
DROP TABLE IF EXISTS incident_log;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS inductions;
DROP TABLE IF EXISTS subs_payments;
DROP TABLE IF EXISTS materials;
DROP TABLE IF EXISTS machine;
DROP TABLE IF EXISTS members;
DROP TABLE IF EXISTS tiers;

CREATE TABLE tiers (
    cd           char(1) PRIMARY KEY,
    tier_name    text NOT NULL,
    monthly_fee  numeric(6,2) NOT NULL,
    access_24h   boolean NOT NULL DEFAULT false,
    active       boolean NOT NULL DEFAULT true
);

CREATE TABLE members (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    email         text,
    tier_cd       char(1) NOT NULL REFERENCES tiers(cd),
    joined_dt     date NOT NULL,
    st            char(1) NOT NULL DEFAULT 'A',
    paused_from   date,
    left_dt       date,
    is_volunteer  boolean NOT NULL DEFAULT false,
    fob_ref       text,
    notes         text
);

CREATE TABLE subs_payments (
    id          integer PRIMARY KEY,
    member_id   integer NOT NULL REFERENCES members(id),
    period_mth  date NOT NULL,
    amt         numeric(7,2) NOT NULL,
    pay_method  char(1) NOT NULL,
    paid_dt     date
);

CREATE TABLE machine (
    id             integer PRIMARY KEY,
    name           text NOT NULL,
    mtype          char(1) NOT NULL,
    hourly_rate    numeric(6,2) NOT NULL DEFAULT 0,
    induction_req  boolean NOT NULL DEFAULT true,
    in_service     boolean NOT NULL DEFAULT true,
    bought_dt      date,
    notes          text
);

CREATE TABLE inductions (
    id          integer PRIMARY KEY,
    member_id   integer NOT NULL REFERENCES members(id),
    machine_id  integer NOT NULL REFERENCES machine(id),
    trainer_id  integer NOT NULL REFERENCES members(id),
    induct_dt   date NOT NULL,
    st          char(1) NOT NULL,
    notes       text
);

CREATE TABLE bookings (
    id          integer PRIMARY KEY,
    member_id   integer NOT NULL REFERENCES members(id),
    machine_id  integer NOT NULL REFERENCES machine(id),
    slot_start  timestamp NOT NULL,
    slot_end    timestamp NOT NULL,
    st          char(1) NOT NULL,
    charge_amt  numeric(7,2) NOT NULL DEFAULT 0
);

CREATE TABLE materials (
    id            integer PRIMARY KEY,
    sku           text NOT NULL,
    descr         text NOT NULL,
    cat           char(1) NOT NULL,
    unit          text NOT NULL,
    unit_price    numeric(7,2) NOT NULL,
    qty_in_stock  integer,
    active        boolean NOT NULL DEFAULT true
);

CREATE TABLE shop_sales (
    id          integer PRIMARY KEY,
    member_id   integer REFERENCES members(id),
    sale_ts     timestamp NOT NULL,
    pay_method  char(1) NOT NULL,
    voided      boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE sale_line (
    id           integer PRIMARY KEY,
    sale_id      integer NOT NULL REFERENCES shop_sales(id),
    material_id  integer NOT NULL REFERENCES materials(id),
    qty          integer NOT NULL,
    unit_price   numeric(7,2) NOT NULL,
    disc_pct     numeric(5,2) NOT NULL DEFAULT 0
);

CREATE TABLE incident_log (
    id           integer PRIMARY KEY,
    machine_id   integer NOT NULL REFERENCES machine(id),
    reported_by  integer REFERENCES members(id),
    reported_dt  date NOT NULL,
    kind         char(1) NOT NULL,
    severity     smallint NOT NULL,
    descr        text,
    fixed_dt     date,
    fixed_by     integer REFERENCES members(id)
);

CREATE TABLE events (
    id         integer PRIMARY KEY,
    title      text NOT NULL,
    ev_type    char(1) NOT NULL,
    ev_dt      timestamp NOT NULL,
    capacity   integer NOT NULL,
    price      numeric(6,2) NOT NULL DEFAULT 0,
    host_id    integer REFERENCES members(id),
    cancelled  boolean NOT NULL DEFAULT false,
    notes      text
);

CREATE TABLE tickets (
    id          integer PRIMARY KEY,
    event_id    integer NOT NULL REFERENCES events(id),
    member_id   integer REFERENCES members(id),
    buyer_name  text NOT NULL,
    qty         smallint NOT NULL DEFAULT 1,
    amt_paid    numeric(7,2) NOT NULL,
    bought_dt   date NOT NULL,
    refund_dt   date
);

COMMENT ON TABLE tiers IS 'Membership tiers and what they cost per month.';
COMMENT ON COLUMN tiers.cd IS 'Tier code: B = Basic, F = Full, K = 24-hour key, C = Concession (students, unwaged), H = Honorary (never actually used yet)';
COMMENT ON COLUMN tiers.monthly_fee IS 'Monthly sub in GBP';
COMMENT ON COLUMN tiers.access_24h IS 'True if the tier gets a key fob for the door out of hours';
COMMENT ON COLUMN tiers.active IS 'False = tier no longer offered to new joiners';

COMMENT ON TABLE members IS 'Everyone who has ever joined, including people who paused or left.';
COMMENT ON COLUMN members.tier_cd IS 'Which tier they are on now (see tiers.cd)';
COMMENT ON COLUMN members.joined_dt IS 'Date they joined';
COMMENT ON COLUMN members.st IS 'Status: A = active, P = paused (not paying, not coming in), L = left';
COMMENT ON COLUMN members.paused_from IS 'When the pause started; NULL unless paused';
COMMENT ON COLUMN members.left_dt IS 'Date they left; NULL while still a member';
COMMENT ON COLUMN members.is_volunteer IS 'Volunteer trainer / helper. Volunteers get their subs waived';
COMMENT ON COLUMN members.fob_ref IS 'Key fob number, 24-hour key members only';

COMMENT ON TABLE subs_payments IS 'One row per member per month of subs owed, with whether it has been paid.';
COMMENT ON COLUMN subs_payments.period_mth IS 'The month the sub is for (first of the month)';
COMMENT ON COLUMN subs_payments.amt IS 'Amount due for the month, GBP (0 when waived)';
COMMENT ON COLUMN subs_payments.pay_method IS 'How they pay: D = direct debit, S = standing order, C = card, X = cash, W = waived (volunteers)';
COMMENT ON COLUMN subs_payments.paid_dt IS 'Date the money came in; NULL = not paid yet (failed debit, chasing)';

COMMENT ON TABLE machine IS 'The kit in the space that needs an induction and/or gets booked.';
COMMENT ON COLUMN machine.mtype IS 'Type: L = laser cutter, C = CNC router, P = 3D printer, T = lathe, W = welder, O = other';
COMMENT ON COLUMN machine.hourly_rate IS 'What we charge per hour of booked time, GBP; 0 = free with your sub';
COMMENT ON COLUMN machine.induction_req IS 'Must be inducted (signed off) before using it';
COMMENT ON COLUMN machine.in_service IS 'False = retired / sold, kept for the history';

COMMENT ON TABLE inductions IS 'Induction sessions: a volunteer trainer shows a member how to use a machine safely.';
COMMENT ON COLUMN inductions.trainer_id IS 'The volunteer who ran the induction (a member)';
COMMENT ON COLUMN inductions.induct_dt IS 'Date of the session';
COMMENT ON COLUMN inductions.st IS 'Outcome: P = passed, signed off on the machine; F = not signed off yet, needs another session';

COMMENT ON TABLE bookings IS 'Machine time booked by members, in slots.';
COMMENT ON COLUMN bookings.slot_start IS 'Start of the booked slot';
COMMENT ON COLUMN bookings.slot_end IS 'End of the booked slot (printer jobs can run overnight)';
COMMENT ON COLUMN bookings.st IS 'B = booked, still to come; U = used; N = no-show (still charged); X = cancelled (not charged)';
COMMENT ON COLUMN bookings.charge_amt IS 'What the member is charged for the slot, GBP: hours x hourly rate, 0 for free machines and cancellations';

COMMENT ON TABLE materials IS 'Stuff we sell in the shop.';
COMMENT ON COLUMN materials.cat IS 'Category: S = sheet stock (ply, MDF, acrylic, vinyl), F = filament, M = metal stock, C = consumables (glue, sandpaper, bits, wire)';
COMMENT ON COLUMN materials.unit IS 'What one unit is (sheet, spool, each ...)';
COMMENT ON COLUMN materials.unit_price IS 'Current shelf price per unit, GBP';
COMMENT ON COLUMN materials.active IS 'False = we have stopped selling it';

COMMENT ON TABLE shop_sales IS 'Shop till receipts.';
COMMENT ON COLUMN shop_sales.member_id IS 'Member who bought it; NULL = non-member (visitor, workshop guest)';
COMMENT ON COLUMN shop_sales.pay_method IS 'C = card, X = cash, T = put on the member''s tab';
COMMENT ON COLUMN shop_sales.voided IS 'True = sale voided on the till (mistake, rung up twice), ignore it';

COMMENT ON TABLE sale_line IS 'Lines on a shop receipt.';
COMMENT ON COLUMN sale_line.qty IS 'Number of units';
COMMENT ON COLUMN sale_line.unit_price IS 'Price per unit charged at the time, before discount';
COMMENT ON COLUMN sale_line.disc_pct IS 'Discount in percent off the line: 20 for volunteers, 10 for buying 5 or more';

COMMENT ON TABLE incident_log IS 'Faults, injuries and near misses, logged against a machine.';
COMMENT ON COLUMN incident_log.reported_by IS 'Member who reported it; NULL if nobody put their name down';
COMMENT ON COLUMN incident_log.kind IS 'F = fault with the machine, I = injury (first aid given), N = near miss';
COMMENT ON COLUMN incident_log.severity IS 'Severity: 1 = minor, machine still usable; 2 = machine out of use; 3 = safety issue, somebody could get hurt';
COMMENT ON COLUMN incident_log.fixed_dt IS 'Date it was fixed / sorted; NULL = still open';
COMMENT ON COLUMN incident_log.fixed_by IS 'Who fixed it';

COMMENT ON TABLE events IS 'Workshops, talks, socials and open evenings.';
COMMENT ON COLUMN events.ev_type IS 'W = workshop (hands-on, small group), T = talk, S = social, O = open evening (free tour for the public)';
COMMENT ON COLUMN events.ev_dt IS 'Start date and time';
COMMENT ON COLUMN events.capacity IS 'Maximum number of places';
COMMENT ON COLUMN events.price IS 'Ticket price per place, GBP (0 = free)';
COMMENT ON COLUMN events.host_id IS 'Member running it; NULL = outside speaker or nobody in particular';
COMMENT ON COLUMN events.cancelled IS 'True = called off';

COMMENT ON TABLE tickets IS 'Event tickets (one row per purchase, can be more than one place).';
COMMENT ON COLUMN tickets.member_id IS 'NULL = bought by a non-member';
COMMENT ON COLUMN tickets.qty IS 'Number of places on this ticket';
COMMENT ON COLUMN tickets.amt_paid IS 'Amount paid, GBP';
COMMENT ON COLUMN tickets.refund_dt IS 'Date we refunded it; NULL = not refunded';

-- ---------------------------------------------------------------- data

INSERT INTO tiers (cd, tier_name, monthly_fee, access_24h, active) VALUES
    ('B', 'Basic',       25.00, false, true),
    ('F', 'Full',        45.00, false, true),
    ('K', '24-hour key', 65.00, true,  true),
    ('C', 'Concession',  15.00, false, true),
    ('H', 'Honorary',     0.00, true,  false);

-- members: joiners picked day by day, busier in January and September/October
INSERT INTO members (id, name, email, tier_cd, joined_dt, st, paused_from, left_dt, is_volunteer, fob_ref, notes)
WITH days AS (
    SELECT g, date '2024-01-01' + g AS dt FROM generate_series(0, 1063) AS g
), picked AS (
    SELECT row_number() OVER (ORDER BY dt)::int AS id, dt
    FROM days
    WHERE (g * 37 % 100) < CASE WHEN extract(month FROM dt) IN (1, 9, 10) THEN 62
                                WHEN extract(month FROM dt) IN (7, 8, 12) THEN 28
                                ELSE 40 END
), base AS (
    SELECT p.id, p.dt AS joined_dt,
        (ARRAY['Aisha','Ben','Chloe','Dev','Ella','Femi','Grace','Harry','Imogen','Jamal',
               'Kasia','Liam','Maya','Niall','Olu','Priya','Quinn','Rosa','Sam','Tom',
               'Uma','Vik','Will','Xin','Yusuf','Zoe','Aled','Bea','Cal','Dara',
               'Esme','Finn','Gita','Hugo','Ines','Jack','Kemi','Leo','Mina','Nat'])[1 + p.id % 40] AS first,
        (ARRAY['Adams','Bello','Clarke','Dhillon','Evans','Fraser','Gallagher','Hughes','Iqbal','Jones',
               'Khan','Lewis','Mensah','Nowak','O''Neill','Patel','Quinn','Reid','Singh','Taylor',
               'Usman','Vaughan','Walsh','Young','Zielinski','Ahmed','Brennan','Chen','Davies','Ellis',
               'Fitzgerald','Green','Hall','Ibrahim','Jackson','Kowalski','Lloyd','Morgan','Nash','Okafor',
               'Price','Rahman','Shaw','Thomas','Underwood','Varga','Ward','Xu','Yates','Abbott',
               'Barker','Campbell','Doyle'])[1 + (p.id * 7) % 53] AS last,
        (p.id * 11 % 100) AS h,
        p.dt + 90 + (p.id * 17 % 500) AS left_cand
    FROM picked p
)
SELECT id,
    first || ' ' || last,
    lower(first) || '.' || replace(lower(last), '''', '') || (id % 7)::text || '@'
        || (ARRAY['gmail.com','outlook.com','proton.me','yahoo.co.uk','hotmail.co.uk'])[1 + id % 5],
    CASE WHEN id * 7 % 10 IN (0, 1, 2) THEN 'B'
         WHEN id * 7 % 10 IN (3, 4, 5, 6) THEN 'F'
         WHEN id * 7 % 10 IN (7, 8) THEN 'K'
         ELSE 'C' END,
    joined_dt,
    CASE WHEN h < 15 AND left_cand <= date '2026-11-30' THEN 'L'
         WHEN h BETWEEN 15 AND 22 THEN 'P'
         ELSE 'A' END,
    CASE WHEN h BETWEEN 15 AND 22
         THEN joined_dt + ((date '2026-11-30' - joined_dt) * (2 + id * 3 % 7) / 10) END,
    CASE WHEN h < 15 AND left_cand <= date '2026-11-30' THEN left_cand END,
    false,
    CASE WHEN id * 7 % 10 IN (7, 8) THEN 'FOB-' || lpad(id::text, 4, '0') END,
    CASE WHEN id % 23 = 4 THEN 'Prefers evening slots'
         WHEN id % 23 = 9 THEN 'Student at the uni, check ID for concession'
         WHEN id % 29 = 7 THEN 'Brought a friend to open evening first'
         WHEN h BETWEEN 15 AND 22 AND id % 3 = 0 THEN 'Pausing - travelling for a few months' END
FROM base;

-- volunteer trainers (all early joiners); one of them left mid-2025
UPDATE members SET is_volunteer = true, st = 'A', paused_from = NULL, left_dt = NULL
 WHERE id IN (1, 3, 4, 7, 10, 15, 22, 28, 35, 47, 60, 75);
UPDATE members SET st = 'L', left_dt = date '2025-06-30', notes = 'Moved to Bristol, was a great trainer'
 WHERE id = 75;

-- subs: one row per member per month from joining until they leave or pause
INSERT INTO subs_payments (id, member_id, period_mth, amt, pay_method, paid_dt)
SELECT row_number() OVER (ORDER BY s.mth, m.id)::int,
    m.id,
    s.mth::date,
    CASE WHEN m.is_volunteer THEN 0 ELSE t.monthly_fee END,
    CASE WHEN m.is_volunteer THEN 'W'
         WHEN m.id % 10 < 6 THEN 'D'
         WHEN m.id % 10 < 8 THEN 'S'
         WHEN m.id % 10 = 8 THEN 'C'
         ELSE 'X' END,
    CASE WHEN m.is_volunteer THEN s.mth::date
         WHEN (m.id * 7 + s.k * 3) % 29 = 0 THEN NULL
         WHEN s.mth = timestamp '2026-11-01' AND m.id % 6 = 0 THEN NULL
         WHEN m.left_dt IS NOT NULL AND s.mth = date_trunc('month', m.left_dt) AND m.id % 3 = 0 THEN NULL
         ELSE s.mth::date + ((m.id * 3 + s.k::int) % 6) END
FROM members m
JOIN tiers t ON t.cd = m.tier_cd
CROSS JOIN LATERAL generate_series(date_trunc('month', m.joined_dt), timestamp '2026-11-01', interval '1 month')
     WITH ORDINALITY AS s(mth, k)
WHERE (m.left_dt IS NULL OR s.mth < m.left_dt)
  AND (m.paused_from IS NULL OR s.mth < date_trunc('month', m.paused_from));

INSERT INTO machine (id, name, mtype, hourly_rate, induction_req, in_service, bought_dt, notes) VALUES
    (1,  'Trotec laser cutter',      'L', 6.00, true,  true,  date '2023-12-15', '60W CO2, 600x400 bed'),
    (2,  'CNC router',               'C', 5.00, true,  true,  date '2024-02-01', 'Shapeoko XXL, wood and plastics only'),
    (3,  'Prusa MK4 (left)',         'P', 0.00, true,  true,  date '2024-01-05', NULL),
    (4,  'Prusa MK4 (right)',        'P', 0.00, true,  true,  date '2024-01-05', NULL),
    (5,  'Bambu X1 Carbon',          'P', 1.00, true,  true,  date '2024-06-20', 'Multi-colour, charged'),
    (6,  'Ender 3',                  'P', 0.00, true,  false, date '2024-01-05', 'Donated, retired Feb 2025'),
    (7,  'Myford metal lathe',       'T', 0.00, true,  true,  date '2024-01-20', NULL),
    (8,  'Wood lathe',               'T', 0.00, true,  true,  date '2024-03-02', NULL),
    (9,  'Pillar drill',             'O', 0.00, false, true,  date '2024-01-05', 'Not bookable, just use it'),
    (10, 'Vinyl cutter',             'O', 0.00, false, true,  date '2024-04-11', NULL),
    (11, 'MIG welder',               'W', 4.00, true,  true,  date '2024-05-01', 'Gas bottle rental from BOC'),
    (12, 'Sewing machine',           'O', 0.00, false, true,  date '2024-01-05', 'Not bookable');

-- inductions: each making member gets signed off on a few machines after joining
INSERT INTO inductions (id, member_id, machine_id, trainer_id, induct_dt, st, notes)
WITH cand AS (
    SELECT m.id AS member_id, j,
        (ARRAY[1, 1, 3, 4, 5, 2, 7, 11, 8, 1, 3, 5, 6, 2])[1 + (m.id * 5 + j * 3) % 14] AS machine_id,
        m.joined_dt + 5 + j * 25 + (m.id * j % 30) AS dt,
        least(coalesce(m.left_dt, m.paused_from, date '2026-11-30'), date '2026-11-30') AS until_dt
    FROM members m
    CROSS JOIN generate_series(1, 4) AS j
    WHERE m.id % 9 <> 0 AND j <= 1 + (m.id * 5 % 4)
), dedup AS (
    SELECT DISTINCT ON (member_id, machine_id) member_id, j, machine_id, dt, until_dt
    FROM cand
    WHERE dt <= until_dt AND NOT (machine_id = 6 AND dt >= date '2025-02-01')
    ORDER BY member_id, machine_id, dt
), firsts AS (
    SELECT member_id, j, machine_id, dt, until_dt,
        CASE WHEN (member_id + machine_id * 3) % 11 = 0 THEN 'F' ELSE 'P' END AS st
    FROM dedup
), allrows AS (
    SELECT member_id, j, machine_id, dt, st FROM firsts
    UNION ALL
    SELECT member_id, j + 10, machine_id, dt + 14, 'P' FROM firsts
    WHERE st = 'F' AND member_id % 2 = 0 AND dt + 14 <= until_dt
      AND NOT (machine_id = 6 AND dt + 14 >= date '2025-02-01')
), tr AS (
    SELECT a.*,
        CASE a.machine_id
            WHEN 1 THEN ARRAY[3, 3, 10, 22, 47, 3]
            WHEN 2 THEN ARRAY[4, 4, 35, 4]
            WHEN 7 THEN ARRAY[22, 35, 22]
            WHEN 8 THEN ARRAY[35, 22, 35]
            WHEN 11 THEN ARRAY[1, 47, 47]
            ELSE ARRAY[7, 15, 15, 28, 60, 75, 15]
        END AS arr
    FROM allrows a
), pick AS (
    SELECT tr.*,
        arr[1 + (member_id + j) % array_length(arr, 1)] AS t1,
        arr[1 + (member_id + j + 1) % array_length(arr, 1)] AS t2,
        arr[1 + (member_id + j + 2) % array_length(arr, 1)] AS t3
    FROM tr
), chosen AS (
    SELECT pick.*,
        CASE WHEN t1 <> member_id AND NOT (t1 = 75 AND dt > date '2025-06-30') THEN t1
             WHEN t2 <> member_id AND NOT (t2 = 75 AND dt > date '2025-06-30') THEN t2
             ELSE t3 END AS trainer
    FROM pick
)
SELECT row_number() OVER (ORDER BY dt, member_id, machine_id)::int,
    member_id, machine_id,
    CASE WHEN trainer = 75 AND dt > date '2025-06-30' THEN 60 ELSE trainer END,
    dt, st,
    CASE WHEN st = 'F' AND machine_id = 1 THEN 'Needs to practise focusing and the fire drill'
         WHEN st = 'F' AND machine_id = 11 THEN 'Not confident yet, come back for another go'
         WHEN st = 'F' THEN 'Ran out of time, book a second session'
         WHEN member_id % 37 = 5 THEN 'Already experienced, quick sign-off' END
FROM chosen;

-- bookings: generated from the sign-offs, plus the vinyl cutter which needs no induction
INSERT INTO bookings (id, member_id, machine_id, slot_start, slot_end, st, charge_amt)
WITH p AS (
    SELECT i.member_id, i.machine_id, i.induct_dt, mc.mtype, mc.hourly_rate, m.is_volunteer,
        least(coalesce(m.left_dt, m.paused_from, date '2026-11-30'), date '2026-11-30',
              CASE WHEN i.machine_id = 6 THEN date '2025-02-20' ELSE date '2026-11-30' END) AS until_dt
    FROM inductions i
    JOIN members m ON m.id = i.member_id
    JOIN machine mc ON mc.id = i.machine_id
    WHERE i.st = 'P'
), slots AS (
    SELECT p.*, b,
        p.induct_dt + 2 + b * (18 + (p.member_id * 7 + p.machine_id * 3) % 60) + (b * p.member_id % 5) AS slot_dt
    FROM p
    CROSS JOIN generate_series(0, 80) AS b
    WHERE b < CASE WHEN p.is_volunteer THEN 80 ELSE 3 + (p.member_id * 13 + p.machine_id * 5) % 25 END
    UNION ALL
    SELECT m.id, 10, m.joined_dt, 'O', 0.00, m.is_volunteer,
        least(coalesce(m.left_dt, m.paused_from, date '2026-11-30'), date '2026-11-30'),
        b, m.joined_dt + 20 + b * (50 + m.id % 30)
    FROM members m
    CROSS JOIN generate_series(0, 5) AS b
    WHERE m.id % 7 = 3 AND m.id % 9 <> 0
), timed AS (
    SELECT s.*,
        s.slot_dt + make_interval(hours => 9 + (s.member_id + s.b * 5) % 12,
                                  mins => CASE WHEN (s.member_id + s.b) % 2 = 0 THEN 30 ELSE 0 END) AS st_ts,
        CASE s.mtype
            WHEN 'P' THEN 2 + (s.member_id * 3 + s.b * 7) % (CASE s.machine_id WHEN 3 THEN 23 WHEN 4 THEN 19 WHEN 5 THEN 14 ELSE 27 END)
            WHEN 'C' THEN 2 + (s.member_id + s.b * 3) % 7
            ELSE 1 + (s.member_id + s.b * 3) % 6
        END AS half_hours
    FROM slots s
    WHERE s.slot_dt <= s.until_dt
), stat AS (
    SELECT t.*,
        CASE WHEN t.st_ts >= timestamp '2026-11-24' THEN 'B'
             WHEN (t.member_id * 7 + t.b * 3) % 13 = 0 THEN 'X'
             WHEN (t.member_id * 5 + t.b) % 31 = 0 THEN 'N'
             ELSE 'U' END AS st
    FROM timed t
)
SELECT row_number() OVER (ORDER BY st_ts, member_id, machine_id)::int,
    member_id, machine_id, st_ts, st_ts + make_interval(mins => 30 * half_hours), st,
    CASE WHEN st = 'X' THEN 0 ELSE half_hours * hourly_rate / 2 END
FROM stat;

INSERT INTO materials (id, sku, descr, cat, unit, unit_price, qty_in_stock, active) VALUES
    (1,  'PLY3-64',   '3mm birch plywood 600x400',      'S', 'sheet', 3.50, 120, true),
    (2,  'PLY6-64',   '6mm birch plywood 600x400',      'S', 'sheet', 5.80,  60, true),
    (3,  'MDF3-64',   '3mm MDF 600x400',                'S', 'sheet', 2.00,  80, true),
    (4,  'ACR3-CLR',  '3mm clear acrylic 600x400',      'S', 'sheet', 7.50,  40, true),
    (5,  'ACR3-BLK',  '3mm black acrylic 600x400',      'S', 'sheet', 8.00,  25, true),
    (6,  'ACR5-CLR',  '5mm clear acrylic 600x400',      'S', 'sheet', 12.50, 10, true),
    (7,  'ACR3-MIR',  '3mm mirror acrylic 600x400',     'S', 'sheet', 11.00,  6, true),
    (8,  'PLA-BLK',   'PLA filament 1kg black',         'F', 'spool', 18.00, 15, true),
    (9,  'PLA-WHT',   'PLA filament 1kg white',         'F', 'spool', 18.00, 12, true),
    (10, 'PETG-1K',   'PETG filament 1kg',              'F', 'spool', 22.00,  8, true),
    (11, 'TPU-500',   'TPU flexible filament 500g',     'F', 'spool', 19.50,  4, true),
    (12, 'PLA-100G',  'PLA offcut spool 100g',          'F', 'each',   1.80, 30, true),
    (13, 'ABS-1K',    'ABS filament 1kg',               'F', 'spool', 20.00,  0, false),
    (14, 'SAND-PK',   'Sandpaper assorted pack',        'C', 'pack',   2.50, 50, true),
    (15, 'GLUE-PVA',  'Wood glue 250ml',                'C', 'bottle', 4.00, 20, true),
    (16, 'GLUE-CA',   'Superglue (CA) 20g',             'C', 'each',   3.50, 25, true),
    (17, 'BIT-6FE',   '6mm flat end mill',              'C', 'each',  14.00,  6, true),
    (18, 'MIG-08',    'MIG wire 0.8mm 5kg reel',        'C', 'reel',  28.00,  3, true),
    (19, 'STL-FLAT',  'Mild steel flat bar 25x5 1m',    'M', 'length', 6.00, 20, true),
    (20, 'ALU-RND25', 'Aluminium round bar 25mm 300mm', 'M', 'length', 7.50, 12, true),
    (21, 'VINYL-A4',  'Sign vinyl 300x600',             'S', 'sheet',  2.20, 40, true),
    (22, 'OFFCUT',    'Offcut bin (free)',              'S', 'each',   0.00, NULL, true),
    (23, 'BRASS-10',  'Brass rod 10mm 300mm',           'M', 'length', 9.00,  5, true);

-- shop receipts, about 1.8 a day; members only if they had joined and not left
INSERT INTO shop_sales (id, member_id, sale_ts, pay_method, voided, notes)
WITH s AS (
    SELECT g,
        date '2024-01-04' + (g * 1061 / 1900)
            + make_interval(hours => 11 + g * 7 % 10, mins => g * 13 % 60) AS ts
    FROM generate_series(1, 1900) AS g
), m AS (
    SELECT s.*,
        (SELECT max(id) FROM members WHERE joined_dt <= s.ts::date) AS nmax
    FROM s
), pick AS (
    SELECT m.g, m.ts,
        CASE WHEN m.g % 8 = 0 THEN NULL ELSE 1 + (m.g * 37) % m.nmax END AS cand
    FROM m
)
SELECT row_number() OVER (ORDER BY p.ts, p.g)::int,
    CASE WHEN mb.left_dt IS NOT NULL AND mb.left_dt < p.ts::date THEN NULL ELSE p.cand END,
    p.ts,
    CASE WHEN p.cand IS NOT NULL AND (mb.left_dt IS NULL OR mb.left_dt >= p.ts::date) AND p.g % 11 = 0 THEN 'T'
         WHEN p.g % 5 = 0 THEN 'X'
         ELSE 'C' END,
    p.g % 53 = 0,
    CASE WHEN p.g % 53 = 0 THEN 'Rung up twice, voided'
         WHEN p.g % 97 = 13 THEN 'Paid partly in coins' END
FROM pick p
LEFT JOIN members mb ON mb.id = p.cand;

-- a couple of sales right on the new year (NYE party)
UPDATE shop_sales SET sale_ts = timestamp '2024-12-31 23:55:00' WHERE id = 650;
UPDATE shop_sales SET sale_ts = timestamp '2025-01-01 00:00:00' WHERE id = 651;

INSERT INTO sale_line (id, sale_id, material_id, qty, unit_price, disc_pct)
WITH l AS (
    SELECT s.id AS sale_id, s.sale_ts, s.member_id, k,
        (ARRAY[1, 1, 2, 3, 4, 4, 5, 6, 8, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 13, 7])
            [1 + (s.id * 11 + k * 17) % 25] AS mat0
    FROM shop_sales s
    CROSS JOIN generate_series(1, 3) AS k
    WHERE k <= 1 + (s.id * 7 % 3)
), l2 AS (
    SELECT l.*, CASE WHEN mat0 = 13 AND sale_ts >= timestamp '2025-01-01' THEN 8 ELSE mat0 END AS material_id
    FROM l
), d AS (
    SELECT DISTINCT ON (sale_id, material_id) l2.* FROM l2 ORDER BY sale_id, material_id, k
), q AS (
    SELECT d.*, mt.cat, mt.unit_price AS shelf,
        CASE WHEN mt.cat = 'S' THEN 1 + (d.sale_id + d.k) % 6
             WHEN mt.cat = 'F' THEN 1 + (d.sale_id * d.k) % 2
             ELSE 1 + (d.sale_id + d.k * 3) % 3 END AS qty,
        coalesce(mb.is_volunteer, false) AS vol
    FROM d
    JOIN materials mt ON mt.id = d.material_id
    LEFT JOIN members mb ON mb.id = d.member_id
)
SELECT row_number() OVER (ORDER BY sale_id, k)::int,
    sale_id, material_id, qty,
    CASE WHEN sale_ts < timestamp '2025-01-01' THEN greatest(shelf - 0.50, 0) ELSE shelf END,
    CASE WHEN vol THEN 20 WHEN qty >= 5 THEN 10 ELSE 0 END
FROM q;

-- incident log
INSERT INTO incident_log (id, machine_id, reported_by, reported_dt, kind, severity, descr, fixed_dt, fixed_by)
WITH b AS (
    SELECT g,
        date '2024-01-15' + (g * 1040 / 270) + (g * 3 % 5) AS dt,
        (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 7, 8, 11, 11, 10, 9, 12, 6, 6])[1 + (g * 13) % 22] AS mc0,
        CASE WHEN g % 10 = 7 THEN 'N' WHEN g % 17 = 5 THEN 'I' ELSE 'F' END AS kind
    FROM generate_series(1, 270) AS g
), b2 AS (
    SELECT b.*,
        CASE WHEN mc0 = 6 AND dt >= date '2025-02-01' THEN 3
             WHEN mc0 IN (9, 12) AND dt >= date '2026-01-01' THEN 1
             ELSE mc0 END AS machine_id,
        (SELECT max(id) FROM members WHERE joined_dt <= b.dt) AS nmax
    FROM b
), b3 AS (
    SELECT b2.*, mc.mtype,
        CASE WHEN kind = 'F' THEN 1 + (g * 3 % 10 >= 6)::int + (g * 3 % 10 = 9)::int
             WHEN kind = 'I' THEN 2 + (g % 2)
             ELSE 3 - (g % 3 = 0)::int END AS severity,
        CASE WHEN (dt > date '2026-10-20' AND g % 3 <> 0) OR g % 31 = 0 THEN NULL
             WHEN dt + (g * 11 % 45) > date '2026-11-30' THEN NULL
             ELSE dt + (g * 11 % 45) END AS fixed
    FROM b2
    JOIN machine mc ON mc.id = b2.machine_id
)
SELECT g, machine_id,
    CASE WHEN g % 12 = 0 THEN NULL ELSE 1 + (g * 29) % nmax END,
    dt, kind, severity,
    CASE WHEN kind = 'I' THEN (ARRAY['Minor cut, first aid given', 'Burn from hot part', 'Splinter, first aid given', 'Bruised hand'])[1 + g % 4]
         WHEN kind = 'N' THEN (ARRAY['Left running unattended', 'Guard taken off and not put back', 'Small flare-up, put out', 'Loose clothing near chuck'])[1 + g % 4]
         WHEN mtype = 'L' THEN (ARRAY['Laser not firing', 'Bed out of level', 'Extraction fan noisy', 'Lens dirty, weak cuts', 'Air assist not working'])[1 + g % 5]
         WHEN mtype = 'C' THEN (ARRAY['Spindle stalling', 'Limit switch stuck', 'Dust shoe cracked'])[1 + g % 3]
         WHEN mtype = 'P' THEN (ARRAY['Nozzle clogged', 'Prints not sticking to bed', 'Layer shifting', 'Spool holder snapped'])[1 + g % 4]
         WHEN mtype = 'T' THEN (ARRAY['Chuck key missing', 'Belt slipping', 'Tool post loose'])[1 + g % 3]
         WHEN mtype = 'W' THEN (ARRAY['Wire feed jamming', 'Gas regulator leaking', 'Earth clamp broken'])[1 + g % 3]
         ELSE (ARRAY['Belt worn', 'Blade blunt', 'Not cutting through', 'Needle snapped'])[1 + g % 4] END,
    fixed,
    CASE WHEN fixed IS NOT NULL THEN (ARRAY[1, 3, 4, 7, 10, 15, 22, 28, 35, 47, 60])[1 + g % 11] END
FROM b3;

-- events: roughly one a week, workshops on Saturdays
INSERT INTO events (id, title, ev_type, ev_dt, capacity, price, host_id, cancelled, notes)
WITH e AS (
    SELECT g + 1 AS id, g,
        CASE WHEN g % 4 = 0 THEN 'O'
             WHEN g % 4 IN (1, 2) THEN 'W'
             WHEN g % 8 = 3 THEN 'S'
             ELSE 'T' END AS ev_type,
        date '2024-01-11' + g * 7 AS thu
    FROM generate_series(0, 149) AS g
)
SELECT id,
    CASE ev_type
        WHEN 'O' THEN 'Open evening'
        WHEN 'W' THEN (ARRAY['Intro to laser cutting', 'CNC for beginners', '3D printing from scratch', 'Woodturning taster',
                             'MIG welding taster', 'Arduino for makers', 'Make a leather wallet', 'Metal lathe basics'])[1 + (g * 3) % 8]
        WHEN 'S' THEN CASE WHEN extract(month FROM thu) = 12 THEN 'Christmas party' ELSE 'Members'' social' END
        ELSE (ARRAY['Talk: making a living from making', 'Talk: repair cafe ideas', 'Talk: intro to KiCad', 'Talk: guitar building'])[1 + g % 4]
    END,
    ev_type,
    CASE WHEN ev_type = 'W' THEN (thu + 2) + time '10:00' ELSE thu + time '19:00' END,
    CASE ev_type WHEN 'W' THEN 6 + g % 5 WHEN 'O' THEN 40 WHEN 'S' THEN 60 ELSE 30 END,
    CASE ev_type
        WHEN 'W' THEN (ARRAY[35.00, 45.00, 30.00, 40.00, 55.00, 25.00, 50.00, 60.00])[1 + (g * 3) % 8]
        WHEN 'O' THEN 0
        WHEN 'S' THEN 5.00
        ELSE CASE WHEN g % 3 = 0 THEN 0 ELSE 3.00 END
    END,
    CASE ev_type
        WHEN 'W' THEN (ARRAY[3, 4, 7, 22, 47, 28, 10, 35])[1 + (g * 3) % 8]
        WHEN 'T' THEN CASE WHEN g % 2 = 0 THEN 15 END
    END,
    g % 23 = 5,
    CASE WHEN g % 23 = 5 THEN 'Called off, host ill' WHEN g % 19 = 2 THEN 'Bring your own safety boots' END
FROM e;

INSERT INTO tickets (id, event_id, member_id, buyer_name, qty, amt_paid, bought_dt, refund_dt)
WITH t AS (
    SELECT e.id AS event_id, e.id - 1 AS g, e.ev_type, e.ev_dt, e.price, e.capacity, k,
        greatest(e.ev_dt::date - 1 - ((k * 3 + e.id) % 25), date '2024-01-02') AS bought,
        CASE e.ev_type WHEN 'W' THEN 1 WHEN 'O' THEN 1 + (k % 9 = 0)::int ELSE 1 + (k % 5 = 0)::int END AS qty
    FROM events e
    CROSS JOIN generate_series(1, 60) AS k
    WHERE NOT e.cancelled
      AND k <= CASE e.ev_type
                   WHEN 'W' THEN e.capacity - ((e.id - 1) * 7 % 5)
                   WHEN 'O' THEN 12 + ((e.id - 1) * 7 % 20)
                   WHEN 'S' THEN 20 + (e.id - 1) % 30
                   ELSE 8 + ((e.id - 1) * 3 % 18) END
), t2 AS (
    SELECT t.*,
        CASE WHEN k % 4 = 0 THEN NULL
             ELSE 1 + ((g * 31 + k * 17) % (SELECT max(id) FROM members WHERE joined_dt <= t.bought)) END AS cand
    FROM t
)
SELECT row_number() OVER (ORDER BY t2.event_id, t2.k)::int,
    t2.event_id,
    CASE WHEN mb.left_dt IS NULL OR mb.left_dt >= t2.bought THEN t2.cand END,
    CASE WHEN mb.id IS NOT NULL AND (mb.left_dt IS NULL OR mb.left_dt >= t2.bought) THEN mb.name
         ELSE (ARRAY['Sarah', 'Mo', 'Helen', 'Gareth', 'Lucy', 'Raj', 'Ann', 'Pete', 'Dan', 'Kim'])[1 + (t2.g + t2.k) % 10]
             || ' ' || (ARRAY['Lane', 'Farouk', 'Cho', 'Pugh', 'Moss', 'Mehta', 'Byrne', 'Cole', 'Ortiz', 'Sato', 'Hart'])[1 + (t2.g * 3 + t2.k * 7) % 11] END,
    t2.qty,
    t2.qty * t2.price,
    t2.bought,
    CASE WHEN t2.price > 0 AND (t2.k * 7 + t2.g) % 17 = 0
         THEN least(t2.bought + 2 + t2.k % 5, t2.ev_dt::date - 1) END
FROM t2
LEFT JOIN members mb ON mb.id = t2.cand;
