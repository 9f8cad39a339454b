-- Ropewalk Housing Co-operative Ltd: the co-op's own database.
-- We are a fully mutual housing co-op: the tenants own and run it. We have 60 homes
-- (houses, maisonettes and flats in the old Canal Mill) on Alma Terrace, Beech Road,
-- Canal Street and Dock Lane. Every tenant is a member and holds one £1 share; the share
-- is cancelled when they leave. Each home has a number of bedrooms and a weekly rent
-- that goes up every April; Christmas week is rent free.
-- Rent is charged every Monday against the tenancy and comes in by standing order
-- (4-weekly in advance), housing benefit (4-weekly in arrears, straight from the council)
-- or cash at the office, so a few members fall behind and we chase arrears.
-- Members report repairs (plumbing, electrics, roofing, damp, joinery); the maintenance
-- sub-committee gives each one a priority and sends one of our contractors. A repair
-- stays open until the completed date is filled in.
-- We hold general meetings (an AGM every June) and record who came, and we keep a waiting
-- list of people who have applied for a home. Records start January 2024.

DROP TABLE IF EXISTS meeting_attendance;
DROP TABLE IF EXISTS general_meetings;
DROP TABLE IF EXISTS repairs;
DROP TABLE IF EXISTS contractors;
DROP TABLE IF EXISTS rent_payment;
DROP TABLE IF EXISTS rent_charges;
DROP TABLE IF EXISTS tenancies;
DROP TABLE IF EXISTS members;
DROP TABLE IF EXISTS waiting_list;
DROP TABLE IF EXISTS unit;
DROP TABLE IF EXISTS streets;

CREATE TABLE streets (
    street_id   integer PRIMARY KEY,
    street_name text NOT NULL,
    postcode    text NOT NULL,
    notes       text
);

CREATE TABLE unit (
    unit_id     integer PRIMARY KEY,
    street_id   integer NOT NULL REFERENCES streets (street_id),
    house_no    text NOT NULL,
    unit_type   char(1) NOT NULL,
    beds        smallint NOT NULL,
    wkly_rent   numeric(8,2) NOT NULL,
    step_free   boolean NOT NULL DEFAULT false,
    gas_cert_dt date,
    notes       text
);

CREATE TABLE waiting_list (
    applicant_id    integer PRIMARY KEY,
    applicant_nm    text NOT NULL,
    applied_dt      date NOT NULL,
    beds_needed     smallint NOT NULL,
    band            char(1) NOT NULL,
    st              char(1) NOT NULL,
    local_conn      boolean NOT NULL,
    offered_unit_id integer REFERENCES unit (unit_id),
    housed_dt       date,
    notes           text
);

CREATE TABLE members (
    member_id    integer PRIMARY KEY,
    forename     text NOT NULL,
    surname      text NOT NULL,
    share_no     text NOT NULL UNIQUE,
    share_amt    numeric(6,2) NOT NULL DEFAULT 1.00,
    joined_dt    date NOT NULL,
    st           char(1) NOT NULL DEFAULT 'A',
    left_dt      date,
    email        text,
    phone        text,
    applicant_id integer REFERENCES waiting_list (applicant_id),
    notes        text
);

CREATE TABLE tenancies (
    tenancy_id integer PRIMARY KEY,
    unit_id    integer NOT NULL REFERENCES unit (unit_id),
    member_id  integer NOT NULL REFERENCES members (member_id),
    start_dt   date NOT NULL,
    end_dt     date,
    end_reason char(1),
    hb_claim   boolean NOT NULL DEFAULT false,
    notes      text
);

CREATE TABLE rent_charges (
    charge_id     integer PRIMARY KEY,
    tenancy_id    integer NOT NULL REFERENCES tenancies (tenancy_id),
    wk_commencing date NOT NULL,
    amt           numeric(8,2) NOT NULL
);

CREATE TABLE rent_payment (
    pay_id     integer PRIMARY KEY,
    tenancy_id integer NOT NULL REFERENCES tenancies (tenancy_id),
    paid_dt    date NOT NULL,
    amt        numeric(8,2) NOT NULL,
    method     char(1) NOT NULL,
    ref        text,
    notes      text
);

CREATE TABLE contractors (
    contractor_id integer PRIMARY KEY,
    contractor_nm text NOT NULL,
    trade         char(1) NOT NULL,
    hourly_rate   numeric(6,2) NOT NULL,
    disc_pct      numeric(4,1) NOT NULL DEFAULT 0,
    approved      boolean NOT NULL DEFAULT true,
    phone         text,
    added_dt      date NOT NULL
);

CREATE TABLE repairs (
    repair_id     integer PRIMARY KEY,
    unit_id       integer NOT NULL REFERENCES unit (unit_id),
    reported_by   integer REFERENCES members (member_id),
    reported_dt   date NOT NULL,
    trade         char(1) NOT NULL,
    priority      char(1) NOT NULL,
    descr         text NOT NULL,
    contractor_id integer REFERENCES contractors (contractor_id),
    completed_dt  date,
    labour_hrs    numeric(5,2),
    materials_amt numeric(8,2),
    notes         text
);

CREATE TABLE general_meetings (
    mtg_id   integer PRIMARY KEY,
    mtg_dt   date NOT NULL,
    mtg_type char(1) NOT NULL,
    venue    text NOT NULL,
    quorate  boolean,
    notes    text
);

CREATE TABLE meeting_attendance (
    mtg_id    integer NOT NULL REFERENCES general_meetings (mtg_id),
    member_id integer NOT NULL REFERENCES members (member_id),
    att       char(1) NOT NULL,
    PRIMARY KEY (mtg_id, member_id)
);

COMMENT ON TABLE streets IS 'The four streets our homes are on.';
COMMENT ON TABLE unit IS 'Our homes (units): one row per house, maisonette or flat, with its current weekly rent.';
COMMENT ON COLUMN unit.house_no IS 'House or flat number as it appears on the post, e.g. 14, 9A, Flat 3';
COMMENT ON COLUMN unit.unit_type IS 'Type of home: H = house, M = maisonette, F = flat';
COMMENT ON COLUMN unit.beds IS 'Number of bedrooms';
COMMENT ON COLUMN unit.wkly_rent IS 'Current weekly rent in pounds (from April 2026)';
COMMENT ON COLUMN unit.step_free IS 'True if the home has step-free access (ground floor or adapted for a wheelchair)';
COMMENT ON COLUMN unit.gas_cert_dt IS 'Date of the last gas safety certificate; empty for the all-electric flats with no gas';
COMMENT ON TABLE waiting_list IS 'People who have applied to the co-op for a home.';
COMMENT ON COLUMN waiting_list.band IS 'Priority band: A = urgent need (homeless, overcrowded or medical), B = housing need, C = general application';
COMMENT ON COLUMN waiting_list.st IS 'Status: W = waiting, O = offered a home and we are waiting for their answer, H = housed with us, R = removed from the list (no reply, moved away or declined)';
COMMENT ON COLUMN waiting_list.local_conn IS 'True if they live or work locally or have family here';
COMMENT ON COLUMN waiting_list.offered_unit_id IS 'The home we have offered them, if any';
COMMENT ON COLUMN waiting_list.housed_dt IS 'Date their tenancy with us started; empty until housed';
COMMENT ON TABLE members IS 'The share register: every tenant is a member of the co-op with one £1 share.';
COMMENT ON COLUMN members.share_no IS 'Share certificate number';
COMMENT ON COLUMN members.share_amt IS 'Value of the share in pounds: 1.00 while a member, 0.00 once the share is cancelled on leaving';
COMMENT ON COLUMN members.st IS 'Membership status: A = active member, L = left the co-op, D = died';
COMMENT ON COLUMN members.left_dt IS 'Date membership ended; empty while still a member';
COMMENT ON COLUMN members.applicant_id IS 'Their waiting list application, for members housed from the list since 2024';
COMMENT ON TABLE tenancies IS 'Who lives where and since when. A member who transfers to another of our homes gets a new tenancy.';
COMMENT ON COLUMN tenancies.end_dt IS 'Last day of the tenancy; empty while the tenancy is current';
COMMENT ON COLUMN tenancies.end_reason IS 'Why it ended: M = moved out, T = transferred to another co-op home, D = tenant died, E = evicted; empty while current';
COMMENT ON COLUMN tenancies.hb_claim IS 'True if the tenant gets housing benefit paid straight to us';
COMMENT ON TABLE rent_charges IS 'Rent charged: one row per tenancy per week, dated the Monday. Christmas week is rent free (0.00).';
COMMENT ON COLUMN rent_charges.wk_commencing IS 'Monday the rent week starts';
COMMENT ON COLUMN rent_charges.amt IS 'Rent charged for the week in pounds';
COMMENT ON TABLE rent_payment IS 'Rent received, against the tenancy.';
COMMENT ON COLUMN rent_payment.amt IS 'Amount received in pounds (an HB schedule can be 0.00 when the council suspends the claim)';
COMMENT ON COLUMN rent_payment.method IS 'How it was paid: S = standing order, B = housing benefit from the council, C = cash at the office';
COMMENT ON COLUMN rent_payment.ref IS 'Bank, council schedule or receipt reference';
COMMENT ON TABLE contractors IS 'Contractors we send repairs to.';
COMMENT ON COLUMN contractors.trade IS 'Trade: P = plumbing and heating, E = electrics, R = roofing, D = damp, J = joinery';
COMMENT ON COLUMN contractors.hourly_rate IS 'Labour rate in pounds per hour';
COMMENT ON COLUMN contractors.disc_pct IS 'Discount in percent they give the co-op off labour (not off materials)';
COMMENT ON COLUMN contractors.approved IS 'True if on our approved list; false = we no longer use them';
COMMENT ON TABLE repairs IS 'Repairs reported by members (or found on inspection), one row per job.';
COMMENT ON COLUMN repairs.reported_by IS 'Member who reported it; empty if we found it ourselves on an inspection or the home was empty';
COMMENT ON COLUMN repairs.trade IS 'Trade: P = plumbing and heating, E = electrics, R = roofing, D = damp, J = joinery';
COMMENT ON COLUMN repairs.priority IS 'Priority: E = emergency (within 24 hours), U = urgent (within 7 days), R = routine (within 28 days)';
COMMENT ON COLUMN repairs.contractor_id IS 'Contractor sent; empty if not yet given to anyone';
COMMENT ON COLUMN repairs.completed_dt IS 'Date the job was finished; empty while the repair is still open';
COMMENT ON COLUMN repairs.labour_hrs IS 'Hours of labour on the contractor''s invoice; empty until done, 0 for a no-charge call-back';
COMMENT ON COLUMN repairs.materials_amt IS 'Materials on the contractor''s invoice in pounds (no discount on these); empty until done';
COMMENT ON TABLE general_meetings IS 'General meetings of the members.';
COMMENT ON COLUMN general_meetings.mtg_type IS 'Meeting type: A = annual general meeting (AGM), G = ordinary general meeting, S = special general meeting';
COMMENT ON COLUMN general_meetings.quorate IS 'True if enough members were there (quorum is 12); empty for a meeting not yet held';
COMMENT ON TABLE meeting_attendance IS 'Who came to each general meeting (and who sent apologies).';
COMMENT ON COLUMN meeting_attendance.att IS 'P = present in person, V = joined on the video link, A = sent apologies (did not attend)';

-- ---------------------------------------------------------------- streets
INSERT INTO streets (street_id, street_name, postcode, notes) VALUES
    (1, 'Alma Terrace', 'HX7 8AL', 'Victorian terrace, all houses'),
    (2, 'Beech Road',   'HX7 8BR', NULL),
    (3, 'Canal Street', 'HX7 8CS', 'Canal Mill conversion, flats only, all-electric'),
    (4, 'Dock Lane',    'HX7 8DL', NULL);

-- ---------------------------------------------------------------- homes
INSERT INTO unit (unit_id, street_id, house_no, unit_type, beds, wkly_rent, step_free, gas_cert_dt, notes)
SELECT i, s, hno, ut, b,
       CASE b WHEN 1 THEN 86.40 WHEN 2 THEN 99.20 WHEN 3 THEN 112.60 ELSE 125.80 END
         + (i * 7 % 4) * 0.85 - CASE WHEN ut = 'M' THEN 1.50 ELSE 0 END + CASE WHEN i = 7 THEN 3.30 ELSE 0 END,
       (s = 3 AND i - 34 <= 4) OR i IN (7, 52),
       CASE WHEN s = 3 THEN NULL ELSE date '2025-09-01' + (i * 53 % 400) END,
       CASE WHEN i = 7 THEN 'Adapted 2019: level access shower, ramp to front door. Rent includes 3.30 adaptations charge'
            WHEN i = 52 THEN 'Through-floor lift fitted'
            WHEN i = 36 THEN 'Below the old loading bay - prone to damp' END
FROM (
    SELECT i, s, ut,
           CASE ut WHEN 'H' THEN 2 + (i * 7 % 3) WHEN 'M' THEN 2
                   ELSE CASE WHEN s = 4 THEN 1 ELSE 1 + (i % 2) END END AS b,
           CASE s WHEN 1 THEN (2 * i)::text
                  WHEN 2 THEN (2 * (i - 18) - 1)::text || CASE WHEN ut = 'M' THEN 'A' ELSE '' END
                  WHEN 3 THEN 'Flat ' || (i - 34)::text
                  ELSE (i - 48)::text || CASE WHEN ut = 'F' THEN 'a' ELSE '' END END AS hno
    FROM (
        SELECT i, s,
               CASE WHEN s = 1 THEN 'H'
                    WHEN s = 2 THEN CASE WHEN i % 3 = 0 THEN 'M' ELSE 'H' END
                    WHEN s = 3 THEN 'F'
                    ELSE CASE WHEN i % 3 = 0 THEN 'F' ELSE 'H' END END AS ut
        FROM (SELECT i, CASE WHEN i <= 18 THEN 1 WHEN i <= 34 THEN 2 WHEN i <= 48 THEN 3 ELSE 4 END AS s
              FROM generate_series(1, 60) AS i) a
    ) b
) c;

-- ---------------------------------------------------------------- waiting list
INSERT INTO waiting_list (applicant_id, applicant_nm, applied_dt, beds_needed, band, st, local_conn, offered_unit_id, housed_dt, notes)
SELECT i,
       (ARRAY['Aisha','Ben','Chloe','Dariusz','Ellie','Farhan','Grace','Harvey','Imogen','Jamal',
              'Katie','Liam','Megan','Nathan','Olivia','Priya','Reece','Sophie','Tariq','Zoe'])[1 + (i * 7 % 20)]
       || ' ' ||
       (ARRAY['Ahmed','Brennan','Clarke','Dobson','Evans','Fitzgerald','Gill','Holroyd','Iqbal','Jagger',
              'Kaur','Lister','Mahmood','Nowak','Oldroyd','Pickles','Quinn','Rhodes','Sutcliffe','Thornton',
              'Uddin','Varga','Whiteley'])[1 + (i * 11 % 23)],
       date '2022-05-01' + i * 11 + (i * 37 % 13),
       CASE WHEN i * 13 % 10 < 4 THEN 1 WHEN i * 13 % 10 < 7 THEN 2 WHEN i * 13 % 10 < 9 THEN 3 ELSE 4 END,
       CASE WHEN i * 7 % 10 < 2 THEN 'A' WHEN i * 7 % 10 < 6 THEN 'B' ELSE 'C' END,
       CASE WHEN h.hdt IS NOT NULL THEN 'H' WHEN i = 140 THEN 'O' WHEN i % 9 = 0 OR i IN (143) THEN 'R' ELSE 'W' END,
       (i * 7 % 10 < 6) OR i % 5 = 0,
       CASE WHEN i = 140 THEN 60 WHEN i = 143 THEN 60 ELSE h.hunit END,
       h.hdt,
       CASE WHEN i = 143 THEN 'Offered 12a Dock Lane, declined - wants a house'
            WHEN i % 9 = 0 AND h.hdt IS NULL THEN 'No reply to annual review letter'
            WHEN i = 140 THEN 'Viewing booked' END
FROM generate_series(1, 150) AS i
LEFT JOIN (VALUES (3, 47, date '2024-02-05'), (8, 3, date '2024-04-15'), (15, 9, date '2024-08-05'),
                  (22, 14, date '2024-10-28'), (30, 21, date '2025-01-06'), (37, 27, date '2025-04-07'),
                  (44, 33, date '2025-06-02'), (52, 38, date '2025-09-15'), (60, 17, date '2025-11-03'),
                  (66, 41, date '2026-01-01'), (75, 45, date '2026-04-13'), (88, 50, date '2026-07-13'),
                  (101, 55, date '2026-10-05')) AS h (app, hunit, hdt) ON h.app = i;

-- ---------------------------------------------------------------- members
-- original tenants (members 1..60 hold tenancies 1..60); membership starts with the tenancy
INSERT INTO members (member_id, forename, surname, share_no, share_amt, joined_dt, st, left_dt, email, phone, applicant_id, notes)
SELECT i,
       (ARRAY['Margaret','John','Susan','David','Janet','Peter','Linda','Michael','Carol','Stephen',
              'Pauline','Kevin','Sandra','Mark','Julie','Andrew','Karen','Paul','Tracey','Gary',
              'Nadia','Tomasz','Fatima','Wayne','Rachel','Imran','Shirley','Dean','Yvonne','Ravi'])[1 + (i * 7 % 30)],
       (ARRAY['Ackroyd','Barraclough','Crowther','Dyson','Ellis','Firth','Greenwood','Haigh','Ibbotson','Jowett',
              'Kershaw','Lumb','Mitchell','Naylor','Oates','Pearson','Redman','Shaw','Tattersall','Uttley',
              'Walsh','Yates','Akhtar','Begum','Chowdhury','Hussain','Kowalczyk','Nolan','Sykes'])[1 + (i * 11 % 29)],
       'S' || lpad(i::text, 4, '0'),
       1.00,
       date '2006-04-03' + (i * 379 % 6300),
       'A', NULL,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 'member' || i || '@ropewalk.coop' END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE '07' || lpad((i * 7919 % 1000000000)::text, 9, '0') END,
       NULL,
       CASE WHEN i = 1 THEN 'Founder member, chair 2024-25' WHEN i = 34 THEN 'Secretary' END
FROM generate_series(1, 60) AS i;

-- housed from the waiting list since 2024
INSERT INTO members (member_id, forename, surname, share_no, share_amt, joined_dt, st, left_dt, email, phone, applicant_id, notes)
SELECT v.mid, split_part(w.applicant_nm, ' ', 1), split_part(w.applicant_nm, ' ', 2),
       'S' || lpad(v.mid::text, 4, '0'), 1.00, w.housed_dt, 'A', NULL,
       CASE WHEN v.mid % 4 = 0 THEN NULL ELSE 'member' || v.mid || '@ropewalk.coop' END,
       '07' || lpad((v.mid * 7919 % 1000000000)::text, 9, '0'),
       w.applicant_id, NULL
FROM (VALUES (61, 3), (62, 8), (63, 15), (64, 22), (65, 30), (66, 37), (67, 44),
             (68, 52), (69, 60), (70, 66), (71, 75), (72, 88), (73, 101)) AS v (mid, app)
JOIN waiting_list w ON w.applicant_id = v.app;

-- ---------------------------------------------------------------- tenancies
INSERT INTO tenancies (tenancy_id, unit_id, member_id, start_dt, end_dt, end_reason, hb_claim, notes)
SELECT i, i, i, date '2006-04-03' + (i * 379 % 6300), e.edt, e.rsn, i % 4 = 0,
       CASE WHEN e.rsn = 'E' THEN 'Possession order granted Jan 2025 for rent arrears' END
FROM generate_series(1, 60) AS i
LEFT JOIN (VALUES (47, date '2024-01-07', 'M'), (3, date '2024-03-17', 'M'), (9, date '2024-06-30', 'D'),
                  (14, date '2024-09-29', 'M'), (5, date '2024-11-10', 'M'), (21, date '2024-11-24', 'T'),
                  (27, date '2025-02-23', 'E'), (33, date '2025-05-18', 'M'), (38, date '2025-08-31', 'M'),
                  (17, date '2025-10-12', 'M'), (41, date '2025-12-31', 'M'), (45, date '2026-03-15', 'D'),
                  (50, date '2026-06-28', 'M'), (12, date '2026-08-16', 'M'), (55, date '2026-08-30', 'T'),
                  (60, date '2026-10-25', 'M')) AS e (u, edt, rsn) ON e.u = i;

INSERT INTO tenancies (tenancy_id, unit_id, member_id, start_dt, end_dt, end_reason, hb_claim, notes)
SELECT tid, u, m, sdt, NULL, NULL, tid % 4 = 0 OR tid = 66, nts
FROM (VALUES (61, 47, 61, date '2024-02-05', NULL),
             (62, 3, 62, date '2024-04-15', NULL),
             (63, 9, 63, date '2024-08-05', NULL),
             (64, 14, 64, date '2024-10-28', NULL),
             (65, 5, 21, date '2024-11-25', 'Transfer from 5A Beech Road - needed a bigger home'),
             (66, 21, 65, date '2025-01-06', NULL),
             (67, 27, 66, date '2025-04-07', NULL),
             (68, 33, 67, date '2025-06-02', NULL),
             (69, 38, 68, date '2025-09-15', NULL),
             (70, 17, 69, date '2025-11-03', NULL),
             (71, 41, 70, date '2026-01-01', NULL),
             (72, 45, 71, date '2026-04-13', NULL),
             (73, 50, 72, date '2026-07-13', NULL),
             (74, 12, 55, date '2026-08-31', 'Transfer from 7 Dock Lane - downsizing'),
             (75, 55, 73, date '2026-10-05', NULL)) AS v (tid, u, m, sdt, nts);

UPDATE members m
SET st = CASE t.end_reason WHEN 'D' THEN 'D' ELSE 'L' END,
    left_dt = t.end_dt,
    share_amt = 0.00,
    notes = coalesce(m.notes || '. ', '') || CASE t.end_reason WHEN 'D' THEN 'Share cancelled on death'
                                                           WHEN 'E' THEN 'Expelled after eviction'
                                                           ELSE 'Share cancelled on leaving' END
FROM tenancies t
WHERE t.member_id = m.member_id AND t.end_reason IN ('M', 'D', 'E');

-- ---------------------------------------------------------------- rent charged every Monday
INSERT INTO rent_charges (charge_id, tenancy_id, wk_commencing, amt)
SELECT row_number() OVER (ORDER BY w.d, t.tenancy_id), t.tenancy_id, w.d,
       CASE WHEN extract(month FROM w.d) = 12 AND extract(day FROM w.d) BETWEEN 22 AND 28 THEN 0.00
            ELSE round(u.wkly_rent * CASE WHEN w.d < date '2024-04-01' THEN 0.905
                                          WHEN w.d < date '2025-04-01' THEN 0.935
                                          WHEN w.d < date '2026-04-01' THEN 0.967
                                          ELSE 1.0 END, 2) END
FROM (SELECT gs::date AS d FROM generate_series(date '2024-01-01', date '2026-11-30', interval '7 days') AS gs) AS w
JOIN tenancies t ON t.start_dt <= w.d AND (t.end_dt IS NULL OR t.end_dt >= w.d)
JOIN unit u ON u.unit_id = t.unit_id;

-- ---------------------------------------------------------------- rent received
INSERT INTO rent_payment (pay_id, tenancy_id, paid_dt, amt, method, ref, notes)
WITH ch AS (
    SELECT c.tenancy_id, c.wk_commencing AS wk, c.amt,
           (row_number() OVER (PARTITION BY c.tenancy_id ORDER BY c.wk_commencing))::int AS rn,
           CASE WHEN t.hb_claim THEN 'B' WHEN t.tenancy_id % 7 = 3 OR t.tenancy_id = 27 THEN 'C' ELSE 'S' END AS how
    FROM rent_charges c
    JOIN tenancies t ON t.tenancy_id = c.tenancy_id
), grp AS (
    SELECT tenancy_id, how, (rn - 1) / 4 AS g, min(wk) AS first_wk, max(wk) AS last_wk,
           count(*) AS n, sum(amt) AS due
    FROM ch
    WHERE how IN ('S', 'B')
    GROUP BY tenancy_id, how, (rn - 1) / 4
), p AS (
    -- standing orders: 4-weekly in advance, on the first Monday of the period (the odd one bounces)
    SELECT tenancy_id, first_wk AS paid_dt, due AS amt, 'S' AS method,
           'SO ROPEWALK ' || lpad(tenancy_id::text, 3, '0') AS ref, NULL::text AS notes
    FROM grp
    WHERE how = 'S' AND NOT (tenancy_id % 6 = 1 AND (tenancy_id * 31 + g * 17) % 41 = 0)
    UNION ALL
    -- bounced standing orders that the member then made good in cash a fortnight later
    SELECT tenancy_id, first_wk + 14, due, 'C', NULL, 'Bounced SO made good'
    FROM grp
    WHERE how = 'S' AND tenancy_id % 12 = 7 AND (tenancy_id * 31 + g * 17) % 41 = 0
      AND first_wk + 14 <= date '2026-11-30'
    UNION ALL
    -- housing benefit: 4-weekly in arrears, the Monday after the period
    SELECT tenancy_id, last_wk + 7,
           CASE WHEN (tenancy_id * 7 + g * 3) % 53 = 0 THEN 0.00
                WHEN tenancy_id % 12 = 0 THEN round(due * 0.86, 2)
                ELSE due END,
           'B', 'HB SCHED ' || to_char(last_wk + 7, 'YYYYMMDD'),
           CASE WHEN (tenancy_id * 7 + g * 3) % 53 = 0 THEN 'HB suspended - change of circumstances'
                WHEN tenancy_id % 12 = 0 THEN 'Bedroom tax deduction 14%' END
    FROM grp
    WHERE how = 'B' AND n = 4 AND last_wk + 7 <= date '2026-11-30'
    UNION ALL
    -- cash at the office during the week (some weeks missed, sometimes two weeks at once)
    SELECT tenancy_id, wk + (tenancy_id + rn) % 5,
           amt * CASE WHEN rn % 10 = 0 AND tenancy_id % 3 > 0 THEN 2 ELSE 1 END,
           'C', NULL,
           CASE WHEN rn % 10 = 0 AND tenancy_id % 3 > 0 THEN 'Paid two weeks' END
    FROM ch
    WHERE how = 'C' AND amt > 0
      AND (rn * 7 + tenancy_id * 13) % 100 >= CASE WHEN tenancy_id = 27 THEN 35 ELSE (tenancy_id % 3) * 8 END
      AND wk + (tenancy_id + rn) % 5 <= date '2026-11-30'
    UNION ALL
    -- HB tenants hit by the bedroom tax topping up in cash (most weeks)
    SELECT tenancy_id, wk + 4, round(amt * 0.14, 2), 'C', NULL, 'HB shortfall top-up'
    FROM ch
    WHERE how = 'B' AND tenancy_id % 12 = 0 AND amt > 0 AND (rn * 3 + tenancy_id) % 10 < 7
      AND wk + 4 <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY paid_dt, tenancy_id, method, amt) AS pay_id,
       tenancy_id, paid_dt, amt, method,
       coalesce(ref, 'RCPT ' || lpad((row_number() OVER (PARTITION BY method ORDER BY paid_dt, tenancy_id, amt))::text, 5, '0')),
       notes
FROM p;

-- ---------------------------------------------------------------- contractors
INSERT INTO contractors (contractor_id, contractor_nm, trade, hourly_rate, disc_pct, approved, phone, added_dt) VALUES
    (1,  'Hargreaves Plumbing & Heating', 'P', 48.00,  5.0, true,  '01422 884310', date '2015-03-01'),
    (2,  'AquaFix Ltd',                   'P', 52.00,  0.0, true,  '01422 770221', date '2021-06-14'),
    (3,  'Spark Right Electrical',        'E', 56.00, 10.0, true,  '01422 845990', date '2018-09-03'),
    (4,  'J. Okafor Electrics',           'E', 44.00,  0.0, true,  '07700 913442', date '2023-02-20'),
    (5,  'Pennine Roofing Co',            'R', 60.00,  5.0, true,  '01422 831007', date '2012-05-11'),
    (6,  'TopSlate Roofing',              'R', 52.00,  0.0, false, '07700 900318', date '2022-10-01'),
    (7,  'DryWall Damp Solutions',        'D', 48.00, 10.0, true,  '01484 602233', date '2019-01-15'),
    (8,  'Northern Damp & Timber',        'D', 44.00,  5.0, true,  '01274 551900', date '2024-03-04'),
    (9,  'M. Kowalski Joinery',           'J', 40.00,  0.0, true,  '07700 955120', date '2016-07-22'),
    (10, 'Canal Side Carpentry',          'J', 44.00,  5.0, true,  '01422 812664', date '2020-11-09'),
    (11, 'Bob Turner (handyman)',         'J', 32.00,  0.0, true,  '07700 901876', date '2010-04-01'),
    (12, 'Greenfield Heat Pumps',         'P', 64.00,  0.0, true,  '01422 899450', date '2026-10-01');

-- ---------------------------------------------------------------- repairs
INSERT INTO repairs (repair_id, unit_id, reported_by, reported_dt, trade, priority, descr, contractor_id,
                     completed_dt, labour_hrs, materials_amt, notes)
WITH b AS (
    SELECT i,
           CASE WHEN u = 42 THEN 11 ELSE u END AS unit_id,
           date '2024-01-02' + ((i - 1) * 1058 / 639) + (i * 7 % 4) AS rdt,
           CASE WHEN i * 17 % 50 < 15 THEN 'P' WHEN i * 17 % 50 < 25 THEN 'E' WHEN i * 17 % 50 < 31 THEN 'R'
                WHEN i * 17 % 50 < 40 THEN 'D' ELSE 'J' END AS trade,
           CASE WHEN i * 29 % 20 < 3 THEN 'E' WHEN i * 29 % 20 < 10 THEN 'U' ELSE 'R' END AS pri
    FROM (SELECT i, 1 + ((i * 37 + (i * i % 23)) % 60) AS u FROM generate_series(1, 640) AS i) s
), d AS (
    SELECT b.*,
           CASE pri WHEN 'E' THEN i % 3 WHEN 'U' THEN 2 + (i * 7 % 11) ELSE 7 + (i * 13 % 45) END
             + CASE WHEN trade IN ('R', 'D') AND pri <> 'E' THEN i * 3 % 25 ELSE 0 END AS days
    FROM b
), e AS (
    SELECT d.*,
           CASE WHEN i % 97 = 0 OR rdt + days > date '2026-11-30' THEN NULL ELSE rdt + days END AS cdt
    FROM d
)
SELECT i, unit_id,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE (SELECT t.member_id FROM tenancies t
                  WHERE t.unit_id = e.unit_id AND t.start_dt <= e.rdt AND (t.end_dt IS NULL OR t.end_dt >= e.rdt)) END,
       rdt, trade, pri,
       CASE trade
         WHEN 'P' THEN (ARRAY['Leaking kitchen tap','Boiler not firing','Blocked toilet','No hot water',
                              'Radiators cold at the top','Leak under the bath'])[1 + i % 6]
         WHEN 'E' THEN (ARRAY['Socket sparking','Lights keep tripping','Bathroom extractor fan dead',
                              'Smoke alarm chirping','Storage heater not working'])[1 + i % 5]
         WHEN 'R' THEN (ARRAY['Slipped slates','Gutter overflowing','Water coming through bedroom ceiling',
                              'Flashing loose round chimney'])[1 + i % 4]
         WHEN 'D' THEN (ARRAY['Black mould in back bedroom','Rising damp in hallway','Condensation streaming off windows',
                              'Damp patch behind wardrobe'])[1 + i % 4]
         ELSE (ARRAY['Back door sticking','Kitchen cupboard door hanging off','Stair spindle broken',
                     'Window will not close','Skirting board rotten'])[1 + i % 5] END,
       CASE WHEN cdt IS NULL AND rdt >= date '2026-11-23' THEN NULL
            ELSE CASE trade
                   WHEN 'P' THEN CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END
                   WHEN 'E' THEN CASE WHEN i % 2 = 0 THEN 3 ELSE 4 END
                   WHEN 'R' THEN CASE WHEN rdt < date '2025-01-01' AND i % 2 = 0 THEN 6 ELSE 5 END
                   WHEN 'D' THEN CASE WHEN i % 3 = 0 OR rdt < date '2024-03-04' THEN 7 ELSE 8 END
                   ELSE CASE i % 4 WHEN 0 THEN 11 WHEN 3 THEN 10 ELSE 9 END END END,
       cdt,
       CASE WHEN cdt IS NULL THEN NULL
            WHEN i % 41 = 0 THEN 0.00
            ELSE CASE pri WHEN 'E' THEN 1 + (i % 8) * 0.25
                          WHEN 'U' THEN 1 + (i * 3 % 16) * 0.25
                          ELSE 2 + (i * 7 % 40) * 0.25 END
                 + CASE WHEN trade = 'R' THEN 4 ELSE 0 END END,
       CASE WHEN cdt IS NULL THEN NULL
            WHEN i % 6 = 0 OR i % 41 = 0 THEN 0.00
            ELSE (i * 53 % 240) + 12.50 + (i % 4) * 0.25 END,
       CASE WHEN i % 41 = 0 AND cdt IS NOT NULL THEN 'Call-back on earlier job - no charge'
            WHEN i % 97 = 0 THEN 'Contractor cannot get access - chase tenant'
            WHEN i % 23 = 0 THEN 'Tenant not in first visit, card left'
            WHEN i % 11 = 0 THEN 'Found on annual inspection' END
FROM e;

-- ---------------------------------------------------------------- general meetings
INSERT INTO general_meetings (mtg_id, mtg_dt, mtg_type, venue, quorate, notes) VALUES
    (1,  date '2024-02-15', 'G', 'Community room, Canal Mill', NULL, 'Heavy snow - low turnout'),
    (2,  date '2024-05-16', 'G', 'Community room, Canal Mill', NULL, NULL),
    (3,  date '2024-06-20', 'A', 'St Mary''s church hall',     NULL, 'AGM: accounts 2023, committee elections'),
    (4,  date '2024-09-19', 'G', 'Community room, Canal Mill', NULL, NULL),
    (5,  date '2024-11-21', 'G', 'Community room, Canal Mill', NULL, 'Rent setting for 2025-26 discussed'),
    (6,  date '2025-02-20', 'G', 'Community room, Canal Mill', NULL, 'Video link used for the first time'),
    (7,  date '2025-05-15', 'G', 'Community room, Canal Mill', NULL, NULL),
    (8,  date '2025-06-19', 'A', 'St Mary''s church hall',     NULL, 'AGM: accounts 2024, committee elections'),
    (9,  date '2025-08-07', 'S', 'Community room, Canal Mill', NULL, 'Special GM: rule change on subletting'),
    (10, date '2025-09-18', 'G', 'Community room, Canal Mill', NULL, NULL),
    (11, date '2025-11-20', 'G', 'Community room, Canal Mill', NULL, NULL),
    (12, date '2026-02-19', 'G', 'Community room, Canal Mill', NULL, NULL),
    (13, date '2026-05-21', 'G', 'Community room, Canal Mill', NULL, NULL),
    (14, date '2026-06-18', 'A', 'St Mary''s church hall',     NULL, 'AGM: accounts 2025, committee elections'),
    (15, date '2026-09-17', 'G', 'Community room, Canal Mill', NULL, 'Heat pump pilot for Dock Lane agreed'),
    (16, date '2026-11-19', 'G', 'Community room, Canal Mill', NULL, NULL),
    (17, date '2026-12-10', 'S', 'Community room, Canal Mill', NULL, 'Special GM called: borrowing for heat pumps');

INSERT INTO meeting_attendance (mtg_id, member_id, att)
SELECT mtg_id, member_id, att
FROM (
    SELECT x.mtg_id, x.member_id,
           CASE WHEN x.member_id % 13 = 0 THEN CASE WHEN x.h < 15 THEN 'A' END
                WHEN x.h < x.pin THEN 'P'
                WHEN x.mtg_dt >= date '2025-01-01' AND x.h < x.pin + 8 THEN 'V'
                WHEN x.h < x.pin + 18 THEN 'A' END AS att
    FROM (
        SELECT g.mtg_id, g.mtg_dt, m.member_id,
               (g.mtg_id * 31 + m.member_id * 17 + g.mtg_id * m.member_id * 7) % 100 AS h,
               CASE WHEN g.mtg_id = 1 THEN 14 WHEN g.mtg_type = 'A' THEN 45 ELSE 30 END AS pin
        FROM general_meetings g
        JOIN members m ON m.joined_dt <= g.mtg_dt AND (m.left_dt IS NULL OR m.left_dt >= g.mtg_dt)
        WHERE g.mtg_dt <= date '2026-11-30'
    ) x
) y
WHERE att IS NOT NULL;

UPDATE general_meetings g
SET quorate = (SELECT count(*) FROM meeting_attendance a WHERE a.mtg_id = g.mtg_id AND a.att IN ('P', 'V')) >= 12
WHERE g.mtg_dt <= date '2026-11-30';
