-- Blood donation service for East & West Kent (the "blooddonor" database).
-- We keep a panel of volunteer donors: each registers once with their blood group,
-- date of birth and sex, and stays on the register until they ask to come off or move away.
-- Donation sessions run in church halls, community centres and from our mobile units,
-- a few times a week. Donors book an appointment for a session; some cancel, some just
-- do not turn up. At the session we check haemoglobin and blood pressure; if something
-- is not right the donor is deferred (we also defer over the phone for travel, tattoos,
-- medication and so on) with a date they can come back, or no date at all if it is for good.
-- Most people give whole blood; a few regulars give platelets or plasma on the machines.
-- Every donation goes to the lab the next day; units that react on a screen, are underweight
-- or get damaged are binned, the rest are released to stock.
-- Hospitals order from stock; we ship by courier (blue-light if urgent) and invoice per unit
-- at the national price list less any contract discount. Figures run from January 2024
-- to the end of November 2026.

DROP TABLE IF EXISTS shipment_line;
DROP TABLE IF EXISTS shipments;
DROP TABLE IF EXISTS hospitals;
DROP TABLE IF EXISTS test_result;
DROP TABLE IF EXISTS donations;
DROP TABLE IF EXISTS deferrals;
DROP TABLE IF EXISTS deferral_reasons;
DROP TABLE IF EXISTS appointment;
DROP TABLE IF EXISTS session;
DROP TABLE IF EXISTS donors;
DROP TABLE IF EXISTS venues;

-- ---------------------------------------------------------------------------
CREATE TABLE venues (
    venue_id    integer PRIMARY KEY,
    venue_nm    text NOT NULL,
    town        text NOT NULL,
    venue_type  char(1) NOT NULL,
    capacity    integer NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE venues IS 'Places where we hold donation sessions (halls we hire and the spots the mobile units park at).';
COMMENT ON COLUMN venues.venue_nm IS 'Name of the hall or site';
COMMENT ON COLUMN venues.venue_type IS 'Type of venue: C = church hall, H = community centre / public hall, M = mobile unit (bus parked on site)';
COMMENT ON COLUMN venues.capacity IS 'Most appointments we can book at one session there (beds x slots)';
COMMENT ON COLUMN venues.active IS 'False = we no longer use this venue';
COMMENT ON COLUMN venues.notes IS 'Access, parking, key holder etc.';

INSERT INTO venues VALUES
 (1,  'St Mary''s Church Hall',                 'Ashford',      'C', 24, true,  'Key from the verger, side door'),
 (2,  'Riverside Community Centre',             'Ashford',      'H', 30, true,  NULL),
 (3,  'Mobile unit - Westwood Cross car park',  'Broadstairs',  'M', 12, true,  'Park by the bus stops, need 2 bays'),
 (4,  'Holy Trinity Church Hall',               'Canterbury',   'C', 20, true,  NULL),
 (5,  'Kingsmead Community Centre',             'Canterbury',   'H', 32, true,  'Main hall only, not the gym'),
 (6,  'Methodist Church Hall',                  'Maidstone',    'C', 18, true,  'Closed for roof works through 2026'),
 (7,  'Shepway Community Centre',               'Maidstone',    'H', 28, true,  NULL),
 (8,  'Mobile unit - County Hall',              'Maidstone',    'M', 12, true,  'Staff car park, badge at gate'),
 (9,  'St Peter''s Church Hall',                'Folkestone',   'C', 20, true,  NULL),
 (10, 'Dover Town Hall',                        'Dover',        'H', 26, true,  'Maison Dieu entrance'),
 (11, 'Faversham Guildhall',                    'Faversham',    'H', 16, false, 'Stopped using end of 2025 - stairs only'),
 (12, 'Angel Centre',                           'Tonbridge',    'H', 30, true,  NULL),
 (13, 'Mobile unit - Sevenoaks Leisure Centre', 'Sevenoaks',    'M', 12, true,  NULL),
 (14, 'Hythe Baptist Church Hall',              'Hythe',        'C', 16, true,  'New venue, first session booked for January 2027');

-- ---------------------------------------------------------------------------
CREATE TABLE session (
    session_id  integer PRIMARY KEY,
    venue_id    integer NOT NULL REFERENCES venues(venue_id),
    session_dt  date NOT NULL,
    start_tm    time NOT NULL,
    end_tm      time NOT NULL,
    slots       integer NOT NULL,
    st          char(1) NOT NULL,
    notes       text
);
COMMENT ON TABLE session IS 'One donation session: a venue on a given day.';
COMMENT ON COLUMN session.slots IS 'Appointments offered at this session';
COMMENT ON COLUMN session.st IS 'Session status: H = held, X = called off by us (weather, staff, venue problem)';
COMMENT ON COLUMN session.notes IS 'Why it was called off, or anything odd on the day';

INSERT INTO session (session_id, venue_id, session_dt, start_tm, end_tm, slots, st, notes)
SELECT i,
       v.venue_id,
       d.dt,
       CASE WHEN v.venue_type = 'M' THEN time '10:00' ELSE time '13:30' END,
       CASE WHEN v.venue_type = 'M' THEN time '16:00' ELSE time '19:30' END,
       v.capacity,
       CASE WHEN i % 23 = 5 THEN 'X' ELSE 'H' END,
       CASE WHEN i % 23 = 5 AND v.venue_type = 'M' THEN (ARRAY['Mobile unit broke down', 'Not enough nurses'])[1 + i % 2]
            WHEN i % 23 = 5 AND extract(month FROM d.dt) IN (12, 1, 2) THEN (ARRAY['Snow - roads closed', 'Heating failed in the hall'])[1 + i % 2]
            WHEN i % 23 = 5 THEN (ARRAY['Not enough nurses', 'Hall double-booked'])[1 + i % 2]
            WHEN i % 31 = 7 THEN 'Ran late, last donors seen after 8pm'
       END
FROM generate_series(1, 440) AS i
CROSS JOIN LATERAL (SELECT date '2024-01-02' + ((i - 1) * 1063 / 439) AS dt0) d0
CROSS JOIN LATERAL (SELECT CASE WHEN to_char(d0.dt0, 'MM-DD') IN ('12-25', '12-26') THEN d0.dt0 - 3
                                WHEN to_char(d0.dt0, 'MM-DD') = '01-01' THEN d0.dt0 + 1
                                ELSE d0.dt0 END AS dt) d
CROSS JOIN LATERAL (SELECT (ARRAY[2,5,7,12,1,2,5,7,12,3,4,6,8,9,10,11,13,2,5,7])[1 + (i * 7 % 20)] AS v0) w
CROSS JOIN LATERAL (SELECT CASE WHEN d.dt >= date '2026-01-01' AND w.v0 = 6  THEN 7
                                WHEN d.dt >= date '2026-01-01' AND w.v0 = 11 THEN 5
                                ELSE w.v0 END AS vid) p
JOIN venues v ON v.venue_id = p.vid;

-- ---------------------------------------------------------------------------
CREATE TABLE donors (
    donor_id       integer PRIMARY KEY,
    donor_ref      text NOT NULL UNIQUE,
    first_nm       text NOT NULL,
    last_nm        text NOT NULL,
    sex            char(1) NOT NULL,
    dob            date NOT NULL,
    blood_grp      varchar(3) NOT NULL,
    town           text,
    email          text,
    sms_ok         boolean NOT NULL DEFAULT true,
    registered_dt  date NOT NULL,
    removed_dt     date,
    notes          text
);
COMMENT ON TABLE donors IS 'Everyone on our donor panel, past and present.';
COMMENT ON COLUMN donors.donor_ref IS 'Donor number printed on the donor card';
COMMENT ON COLUMN donors.sex IS 'Sex as given at registration: M = male, F = female';
COMMENT ON COLUMN donors.dob IS 'Date of birth';
COMMENT ON COLUMN donors.blood_grp IS 'ABO group and RhD, written like O+ or AB- (O- is the universal donor)';
COMMENT ON COLUMN donors.sms_ok IS 'Donor agreed to text reminders';
COMMENT ON COLUMN donors.registered_dt IS 'Date they joined the panel';
COMMENT ON COLUMN donors.removed_dt IS 'Date they came off the register (asked to, moved away, too old); empty = still on the register';

INSERT INTO donors (donor_id, donor_ref, first_nm, last_nm, sex, dob, blood_grp, town, email, sms_ok, registered_dt, removed_dt, notes)
SELECT i,
       'KD' || lpad(i::text, 6, '0'),
       CASE WHEN g.sex = 'M'
            THEN (ARRAY['James','Oliver','Harry','George','Thomas','Daniel','Michael','David','Paul','Mark','Stephen','Andrew','Richard','Peter','Chris','Matthew','Ryan','Liam','Sanjay','Tomasz','Kwame','Wei'])[1 + (i * 17 % 22)]
            ELSE (ARRAY['Sarah','Emma','Claire','Laura','Helen','Rachel','Sophie','Jessica','Amy','Lucy','Karen','Julie','Priya','Hannah','Charlotte','Gemma','Nicola','Zoe','Agnieszka','Chloe','Aisha','Fiona'])[1 + (i * 19 % 22)]
       END,
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright','Green','Hall','Wood','Clarke','Walker','Hughes','Turner','Baker','Cooper','Hill','Ward','Morris','Kowalski','Okafor','Khan','Evans','Price','Shaw','Ellis','Mason','Knight'])[1 + (i * 29 % 31)],
       g.sex,
       CASE WHEN i <= 700 THEN date '1950-03-01' + (i * 7919 % 16000)
            ELSE date '1958-01-01' + (i * 7919 % 17500) END,
       CASE WHEN b.h < 35 THEN 'O+'
            WHEN b.h < 48 THEN 'O-'
            WHEN b.h < 78 THEN 'A+'
            WHEN b.h < 86 THEN 'A-'
            WHEN b.h < 94 THEN 'B+'
            WHEN b.h < 96 THEN 'B-'
            WHEN b.h < 99 THEN 'AB+'
            ELSE 'AB-' END,
       CASE WHEN i % 47 = 3 THEN NULL
            ELSE (ARRAY['Ashford','Canterbury','Maidstone','Folkestone','Dover','Faversham','Tonbridge','Sevenoaks','Broadstairs','Margate','Hythe','Whitstable','Deal'])[1 + (i * 11 % 13)] END,
       CASE WHEN i % 9 = 4 THEN NULL
            ELSE lower((ARRAY['jsmith','donor','kentgiver','o.neg','bloodbuddy','mail'])[1 + i % 6]) || i || '@' || (ARRAY['gmail.com','outlook.com','btinternet.com','yahoo.co.uk'])[1 + i % 4] END,
       i % 6 <> 0,
       r.reg,
       CASE WHEN i % 13 = 0
            THEN least(greatest(r.reg, date '2024-01-01') + 30 + (i * 31 % 900), date '2026-11-20') END,
       CASE WHEN i % 53 = 0 THEN 'Needle phobic - give extra time'
            WHEN i % 71 = 0 THEN 'Prefers afternoon sessions'
       END
FROM generate_series(1, 1200) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i * 13 % 100 < 48 THEN 'M' ELSE 'F' END AS sex) g
CROSS JOIN LATERAL (SELECT (i * 37 + i / 7) % 100 AS h) b
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 700 THEN date '2012-01-01' + (i * 4973 % 4380)
                                ELSE date '2024-01-02' + ((i - 700) * 1060 / 500) END AS reg) r;

-- regulars on the platelet/plasma machines, and a couple of hand-entered records
UPDATE donors SET first_nm = 'Graham', last_nm = 'Fletcher', sex = 'M', blood_grp = 'A+', notes = 'Platelet regular - 100 donation badge 2025' WHERE donor_id = 7;
UPDATE donors SET first_nm = 'Margaret', last_nm = 'Osei', sex = 'F', blood_grp = 'O+', notes = 'Platelet regular' WHERE donor_id = 42;
UPDATE donors SET first_nm = 'Dev', last_nm = 'Chauhan', sex = 'M', blood_grp = 'B+', notes = 'Platelet regular' WHERE donor_id = 99;
UPDATE donors SET first_nm = 'Irene', last_nm = 'Marsh', sex = 'F', blood_grp = 'AB+', notes = 'Plasma donor (AB plasma)' WHERE donor_id = 123;
UPDATE donors SET registered_dt = date '2025-01-01', notes = 'Signed up at the New Year''s Day fun run' WHERE donor_id = 872;

-- ---------------------------------------------------------------------------
CREATE TABLE deferral_reasons (
    reason_cd     varchar(3) PRIMARY KEY,
    descr         text NOT NULL,
    default_days  integer,
    permanent     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE deferral_reasons IS 'Reasons we can turn a donor away, with the usual waiting time.';
COMMENT ON COLUMN deferral_reasons.default_days IS 'Usual number of days before they can give again; empty for permanent reasons';
COMMENT ON COLUMN deferral_reasons.permanent IS 'True = the donor can never give again for this reason';

INSERT INTO deferral_reasons VALUES
 ('LHB', 'Low haemoglobin',                      90,   false),
 ('BPR', 'Blood pressure out of range',          28,   false),
 ('TRV', 'Recent travel to a malaria area',      120,  false),
 ('MED', 'Taking medication',                    28,   false),
 ('TAT', 'New tattoo or piercing',               120,  false),
 ('ILL', 'Recent illness or infection',          14,   false),
 ('PRG', 'Pregnant or recently given birth',     270,  false),
 ('SRG', 'Recent surgery',                       180,  false),
 ('CAN', 'History of cancer',                    NULL, true),
 ('HRT', 'Heart condition',                      NULL, true),
 ('IVD', 'Injected drug use',                    NULL, true);

CREATE TABLE deferrals (
    deferral_id  integer PRIMARY KEY,
    donor_id     integer NOT NULL REFERENCES donors(donor_id),
    reason_cd    varchar(3) NOT NULL REFERENCES deferral_reasons(reason_cd),
    session_id   integer REFERENCES session(session_id),
    deferred_dt  date NOT NULL,
    until_dt     date,
    notes        text
);
COMMENT ON TABLE deferrals IS 'Donors we have told not to give for a while (or ever).';
COMMENT ON COLUMN deferrals.session_id IS 'Session where they were turned away; empty if deferred over the phone or by letter';
COMMENT ON COLUMN deferrals.deferred_dt IS 'Date the deferral was made';
COMMENT ON COLUMN deferrals.until_dt IS 'Cannot give before this date; empty = deferred for good (permanent)';

-- deferred over the phone / at booking
INSERT INTO deferrals (deferral_id, donor_id, reason_cd, session_id, deferred_dt, until_dt, notes)
SELECT 1000 + i,
       1 + (i * 389 % 1200),
       r.cd,
       NULL,
       x.dt,
       CASE WHEN r.cd IN ('CAN', 'HRT') THEN NULL
            WHEN r.cd = 'MED' THEN x.dt + (7 + i % 8 * 7)
            ELSE x.dt + dr.default_days END,
       CASE WHEN r.cd = 'TRV' THEN (ARRAY['Kenya','India','Thailand','Ghana','Brazil'])[1 + i % 5]
            WHEN r.cd = 'MED' THEN (ARRAY['Antibiotics','Isotretinoin','Finasteride','Blood thinners'])[1 + i % 4]
            WHEN r.cd IN ('CAN', 'HRT') THEN 'Confirmed with GP, removed from call list'
       END
FROM generate_series(1, 260) AS i
CROSS JOIN LATERAL (SELECT date '2024-01-05' + ((i - 1) * 1055 / 259) AS dt) x
CROSS JOIN LATERAL (SELECT (ARRAY['TRV','MED','TAT','ILL','TRV','PRG','MED','SRG','ILL','TRV','TAT','MED','CAN','TRV','ILL','MED','TAT','HRT','TRV','MED','ILL','PRG'])[1 + (i * 7 % 22)] AS cd) r
JOIN deferral_reasons dr ON dr.reason_cd = r.cd;

-- ---------------------------------------------------------------------------
CREATE TABLE appointment (
    appt_id        integer PRIMARY KEY,
    session_id     integer NOT NULL REFERENCES session(session_id),
    donor_id       integer NOT NULL REFERENCES donors(donor_id),
    booked_dt      date NOT NULL,
    st             char(1) NOT NULL,
    cancel_dt      date,
    reminder_sent  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE appointment IS 'A donor booked into a session.';
COMMENT ON COLUMN appointment.st IS 'Appointment status: A = attended (came in, whether or not they could give), C = cancelled by the donor, N = no-show (did not turn up, did not tell us), X = session called off by us';
COMMENT ON COLUMN appointment.cancel_dt IS 'When it was cancelled (by the donor or by us); empty if it was not cancelled';
COMMENT ON COLUMN appointment.reminder_sent IS 'Reminder text/email went out 2 days before';

INSERT INTO appointment (appt_id, session_id, donor_id, booked_dt, st, cancel_dt, reminder_sent)
SELECT row_number() OVER (ORDER BY s.session_id, k),
       s.session_id,
       d.donor_id,
       greatest(d.registered_dt, s.session_dt - (5 + (s.session_id * k * 7 % 50))),
       'A',
       NULL,
       (s.session_id + k) % 4 <> 0
FROM session s
CROSS JOIN LATERAL generate_series(1, least(s.slots, 8 + (s.session_id * 7 % 9))) AS k
CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 AND s.session_id % 5 = 0
                                THEN (ARRAY[7,7,7,7,42,42,42,99,99,123])[1 + (s.session_id / 5) % 10]
                                ELSE 1 + ((s.session_id * 16 + k) * 577 % 1200) END AS did) p
JOIN donors d ON d.donor_id = p.did
WHERE d.registered_dt < s.session_dt
  AND (d.removed_dt IS NULL OR d.removed_dt > s.session_dt)
  AND NOT (p.did IN (7, 42, 99, 123) AND NOT (k = 1 AND s.session_id % 5 = 0))
  AND NOT EXISTS (SELECT 1 FROM deferrals f          -- nobody is booked while deferred
                  WHERE f.donor_id = d.donor_id AND f.deferred_dt <= s.session_dt
                    AND (f.until_dt IS NULL OR f.until_dt > s.session_dt));

UPDATE appointment a SET st = 'X', cancel_dt = s.session_dt - 2
FROM session s WHERE s.session_id = a.session_id AND s.st = 'X';

UPDATE appointment a
SET st = CASE WHEN a.appt_id * 37 % 100 < 8 THEN 'C' WHEN a.appt_id * 37 % 100 < 16 THEN 'N' ELSE 'A' END,
    cancel_dt = CASE WHEN a.appt_id * 37 % 100 < 8 THEN s.session_dt - (1 + a.appt_id % 6) END
FROM session s
WHERE s.session_id = a.session_id AND a.st <> 'X' AND a.donor_id NOT IN (7, 42, 99, 123);

-- turned away on the day (checks at the session)
INSERT INTO deferrals (deferral_id, donor_id, reason_cd, session_id, deferred_dt, until_dt, notes)
SELECT row_number() OVER (ORDER BY a.appt_id),
       a.donor_id,
       CASE WHEN a.appt_id % 5 = 0 THEN 'BPR' ELSE 'LHB' END,
       a.session_id,
       s.session_dt,
       s.session_dt + CASE WHEN a.appt_id % 5 = 0 THEN 28 ELSE 90 END,
       CASE WHEN a.appt_id % 5 = 0 THEN 'BP ' || (150 + a.appt_id % 30) || '/' || (95 + a.appt_id % 10)
            ELSE 'Hb ' || to_char(11.0 + (a.appt_id % 15) / 10.0, 'FM90.0') || ' g/dL' END
FROM appointment a
JOIN session s ON s.session_id = a.session_id
WHERE a.st = 'A' AND a.appt_id * 61 % 97 < 6 AND a.donor_id NOT IN (7, 42, 99, 123);

-- ---------------------------------------------------------------------------
CREATE TABLE donations (
    donation_id  integer PRIMARY KEY,
    appt_id      integer NOT NULL REFERENCES appointment(appt_id),
    donor_id     integer NOT NULL REFERENCES donors(donor_id),
    session_id   integer NOT NULL REFERENCES session(session_id),
    donation_dt  date NOT NULL,
    don_type     char(1) NOT NULL,
    vol_ml       integer NOT NULL,
    hb_gdl       numeric(4,1),
    unit_ref     text NOT NULL UNIQUE,
    notes        text
);
COMMENT ON TABLE donations IS 'Every donation actually taken (one bag or one machine collection).';
COMMENT ON COLUMN donations.don_type IS 'What was collected: W = whole blood, P = platelets (machine), L = plasma (machine)';
COMMENT ON COLUMN donations.vol_ml IS 'Volume collected in ml (a full whole blood bag is 470; less means the bleed stopped early)';
COMMENT ON COLUMN donations.hb_gdl IS 'Haemoglobin finger-prick reading before donating, g/dL';
COMMENT ON COLUMN donations.unit_ref IS 'Barcode on the bag';

INSERT INTO donations (donation_id, appt_id, donor_id, session_id, donation_dt, don_type, vol_ml, hb_gdl, unit_ref, notes)
SELECT row_number() OVER (ORDER BY a.appt_id),
       a.appt_id,
       a.donor_id,
       a.session_id,
       s.session_dt,
       t.ty,
       CASE t.ty WHEN 'W' THEN CASE WHEN a.appt_id % 37 = 0 THEN 240 + (a.appt_id % 19) * 10 ELSE 470 END
                 WHEN 'P' THEN 200 + (a.appt_id * 7 % 9) * 10
                 ELSE 600 + (a.appt_id * 5 % 16) * 10 END,
       CASE WHEN d.sex = 'M' THEN 13.5 + (a.appt_id * 7 % 36) / 10.0 ELSE 12.5 + (a.appt_id * 11 % 31) / 10.0 END,
       'U' || to_char(s.session_dt, 'YYMMDD') || '-' || lpad(a.appt_id::text, 5, '0'),
       CASE WHEN a.appt_id % 37 = 0 AND t.ty = 'W' THEN 'Slow bleed, stopped early'
            WHEN a.appt_id % 41 = 3 THEN 'Felt faint afterwards, stayed 20 min'
       END
FROM appointment a
JOIN session s ON s.session_id = a.session_id
JOIN donors d ON d.donor_id = a.donor_id
CROSS JOIN LATERAL (SELECT CASE WHEN a.donor_id IN (7, 42, 99) THEN 'P'
                                WHEN a.donor_id = 123 THEN 'L'
                                WHEN a.appt_id * 43 % 100 < 84 THEN 'W'
                                WHEN a.appt_id * 43 % 100 < 92 THEN 'L'
                                ELSE 'P' END AS ty) t
WHERE a.st = 'A'
  AND NOT (a.appt_id * 61 % 97 < 6 AND a.donor_id NOT IN (7, 42, 99, 123));

-- ---------------------------------------------------------------------------
CREATE TABLE test_result (
    test_id         integer PRIMARY KEY,
    donation_id     integer NOT NULL UNIQUE REFERENCES donations(donation_id),
    tested_dt       date NOT NULL,
    result_cd       char(1) NOT NULL,
    discarded       boolean NOT NULL DEFAULT false,
    discard_reason  text,
    released_dt     date
);
COMMENT ON TABLE test_result IS 'Lab screening of each donation (one row per bag once the lab has reported).';
COMMENT ON COLUMN test_result.result_cd IS 'Screening result: C = clear, all screens negative; R = reactive on a screen (unit destroyed); I = inconclusive, donor recalled for a repeat sample (unit destroyed)';
COMMENT ON COLUMN test_result.discarded IS 'True = the unit was binned and never went into stock';
COMMENT ON COLUMN test_result.discard_reason IS 'Why the unit was binned';
COMMENT ON COLUMN test_result.released_dt IS 'Date the unit was released into stock; empty if it was binned';

INSERT INTO test_result (test_id, donation_id, tested_dt, result_cd, discarded, discard_reason, released_dt)
SELECT row_number() OVER (ORDER BY dn.donation_id),
       dn.donation_id,
       dn.donation_dt + CASE WHEN extract(isodow FROM dn.donation_dt) = 5 THEN 3 ELSE 1 END,
       x.res,
       x.bin IS NOT NULL,
       x.bin,
       CASE WHEN x.bin IS NULL THEN dn.donation_dt + CASE WHEN extract(isodow FROM dn.donation_dt) = 5 THEN 3 ELSE 1 END END
FROM donations dn
CROSS JOIN LATERAL (SELECT CASE WHEN dn.donation_id * 7 % 211 < 3 THEN 'R'
                                WHEN dn.donation_id * 7 % 211 < 6 THEN 'I'
                                ELSE 'C' END AS res) r
CROSS JOIN LATERAL (SELECT r.res,
                           CASE WHEN r.res = 'R' THEN 'Reactive screen'
                                WHEN r.res = 'I' THEN 'Inconclusive screen'
                                WHEN dn.don_type = 'W' AND dn.vol_ml < 400 THEN 'Underweight bag'
                                WHEN dn.donation_id % 89 = 11 THEN 'Bag leaking in transit'
                                WHEN dn.donation_id % 97 = 50 THEN 'Clotted'
                           END AS bin) x
WHERE dn.donation_dt <= date '2026-11-26';

-- ---------------------------------------------------------------------------
CREATE TABLE hospitals (
    hosp_id    integer PRIMARY KEY,
    hosp_nm    text NOT NULL,
    town       text NOT NULL,
    hosp_type  char(1) NOT NULL,
    acct_ref   text NOT NULL,
    is_active  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE hospitals IS 'Hospitals we supply blood to.';
COMMENT ON COLUMN hospitals.hosp_type IS 'Kind of hospital: G = NHS general hospital, T = NHS trauma unit, P = private hospital';
COMMENT ON COLUMN hospitals.acct_ref IS 'Our account number for invoicing';

INSERT INTO hospitals VALUES
 (1, 'William Harvey Hospital',                  'Ashford',      'T', 'ACC-0101', true),
 (2, 'Kent and Canterbury Hospital',             'Canterbury',   'G', 'ACC-0102', true),
 (3, 'Queen Elizabeth The Queen Mother Hospital','Margate',      'G', 'ACC-0103', true),
 (4, 'Maidstone Hospital',                       'Maidstone',    'G', 'ACC-0210', true),
 (5, 'Tunbridge Wells Hospital',                 'Pembury',      'G', 'ACC-0211', true),
 (6, 'Darent Valley Hospital',                   'Dartford',     'G', 'ACC-0305', true),
 (7, 'Medway Maritime Hospital',                 'Gillingham',   'T', 'ACC-0306', true),
 (8, 'Spire Alexandra Hospital',                 'Chatham',      'P', 'PVT-0012', true),
 (9, 'Chaucer Hospital',                         'Canterbury',   'P', 'PVT-0015', true);

CREATE TABLE shipments (
    shipment_id  integer PRIMARY KEY,
    hosp_id      integer NOT NULL REFERENCES hospitals(hosp_id),
    ship_dt      date NOT NULL,
    delivered_dt date,
    st           char(1) NOT NULL,
    urgent       boolean NOT NULL DEFAULT false,
    courier_amt  numeric(8,2) NOT NULL,
    notes        text
);
COMMENT ON TABLE shipments IS 'Orders sent out from stock to a hospital.';
COMMENT ON COLUMN shipments.delivered_dt IS 'Date the hospital signed for it; empty = not delivered (still on the road, or cancelled)';
COMMENT ON COLUMN shipments.st IS 'Shipment status: D = delivered, T = in transit (on the road), X = cancelled before it left';
COMMENT ON COLUMN shipments.urgent IS 'Blue-light emergency run';
COMMENT ON COLUMN shipments.courier_amt IS 'What the courier charged us, GBP (0 when the hospital collected it themselves)';

INSERT INTO shipments (shipment_id, hosp_id, ship_dt, delivered_dt, st, urgent, courier_amt, notes)
SELECT i,
       1 + (i * 5 % 8),
       x.dt,
       CASE WHEN y.st = 'D' THEN x.dt + CASE WHEN i * 13 % 17 = 0 OR i % 3 <> 0 THEN 0 ELSE 1 END END,
       y.st,
       i * 13 % 17 = 0,
       CASE WHEN i % 19 = 0 THEN 0.00
            WHEN i * 13 % 17 = 0 THEN 85.00 + (i % 5) * 12.50
            ELSE 24.50 + (i % 4) * 3.25 END,
       CASE WHEN i % 19 = 0 THEN 'Collected by hospital driver'
            WHEN y.st = 'X' THEN 'Cancelled by hospital - no longer needed'
            WHEN i * 13 % 17 = 0 THEN 'Emergency - major haemorrhage call'
       END
FROM generate_series(1, 950) AS i
CROSS JOIN LATERAL (SELECT date '2024-01-03' + ((i - 1) * 1062 / 949) AS dt) x
CROSS JOIN LATERAL (SELECT CASE WHEN i * 7 % 41 = 3 THEN 'X'
                                WHEN x.dt >= date '2026-11-28' THEN 'T'
                                WHEN x.dt >= date '2026-11-20' AND i % 2 = 0 THEN 'T'
                                ELSE 'D' END AS st) y;

-- New Year's Day emergency run
UPDATE shipments SET ship_dt = date '2025-01-01', delivered_dt = date '2025-01-01', urgent = true, courier_amt = 120.00,
       notes = 'Emergency - New Year''s Day RTC' WHERE shipment_id = 328;

CREATE TABLE shipment_line (
    line_id      integer PRIMARY KEY,
    shipment_id  integer NOT NULL REFERENCES shipments(shipment_id),
    component    char(1) NOT NULL,
    qty          integer NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE shipment_line IS 'What was in each shipment, by component, with the price we invoice per unit.';
COMMENT ON COLUMN shipment_line.component IS 'Blood component: R = red cells, P = platelets, F = fresh frozen plasma';
COMMENT ON COLUMN shipment_line.qty IS 'Number of units (bags)';
COMMENT ON COLUMN shipment_line.unit_price IS 'List price per unit for that year, GBP';
COMMENT ON COLUMN shipment_line.disc_pct IS 'Contract discount in percent taken off the list price (none on emergency runs or for private hospitals)';

INSERT INTO shipment_line (line_id, shipment_id, component, qty, unit_price, disc_pct)
SELECT row_number() OVER (ORDER BY s.shipment_id, n),
       s.shipment_id,
       c.comp,
       CASE c.comp WHEN 'R' THEN 2 + (s.shipment_id * 7 % 11)
                   WHEN 'F' THEN 1 + (s.shipment_id * 3 % 6)
                   ELSE 1 + (s.shipment_id % 3) END,
       CASE c.comp
            WHEN 'R' THEN CASE extract(year FROM s.ship_dt) WHEN 2024 THEN 133.00 WHEN 2025 THEN 138.40 ELSE 144.20 END
            WHEN 'P' THEN CASE extract(year FROM s.ship_dt) WHEN 2024 THEN 205.00 WHEN 2025 THEN 212.60 ELSE 219.80 END
            ELSE          CASE extract(year FROM s.ship_dt) WHEN 2024 THEN 32.00  WHEN 2025 THEN 33.40  ELSE 34.80 END
       END,
       CASE WHEN s.urgent OR h.hosp_type = 'P' THEN 0
            WHEN s.hosp_id <= 3 THEN 5
            ELSE 10 END
FROM shipments s
JOIN hospitals h ON h.hosp_id = s.hosp_id
CROSS JOIN LATERAL generate_series(1, 1 + s.shipment_id % 3) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['R','F','P'])[n] AS comp) c;
