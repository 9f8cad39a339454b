-- Made-up schema: a group of veterinary hospitals in the UK (clinics, staff, pet owners, animals,
-- appointments, treatments performed, medicines and prescriptions, vaccinations, invoices, payments).
-- Legacy-style abbreviated names. Amounts in GBP. Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30 (only future bookings lie after it).
-- Undeclared links (no FK constraint): appt.vet_stf_id -> stf.stf_id, vacc.appt_id -> appt.appt_id,
-- inv_hdr.appt_id -> appt.appt_id.
-- Meant to be loaded into an empty database.

-- ---------------------------------------------------------------- clnc (clinics / hospitals)
CREATE TABLE clnc (
    clnc_id      smallint PRIMARY KEY,
    clnc_nm      text NOT NULL,
    town_nm      text NOT NULL,
    post_cd      varchar(8) NOT NULL,
    opn_dt       date NOT NULL,
    emrg_24h_flg char(1) NOT NULL DEFAULT 'N',
    actv_flg     char(1) NOT NULL DEFAULT 'Y'
);
COMMENT ON TABLE clnc IS 'Veterinary clinics and hospitals of the group';
COMMENT ON COLUMN clnc.opn_dt IS 'date the clinic opened (or joined the group)';
COMMENT ON COLUMN clnc.emrg_24h_flg IS 'Y = 24-hour emergency hospital, N = daytime clinic only';
COMMENT ON COLUMN clnc.actv_flg IS 'Y = trading, N = closed';

INSERT INTO clnc (clnc_id, clnc_nm, town_nm, post_cd, opn_dt, emrg_24h_flg, actv_flg) VALUES
    (1, 'Riverside Veterinary Hospital', 'Bristol',    'BS1 6QH',  '2009-04-01', 'Y', 'Y'),
    (2, 'Hillcrest Vets',                'Bath',       'BA2 3LP',  '2012-09-17', 'N', 'Y'),
    (3, 'Meadowbank Animal Clinic',      'Swindon',    'SN1 2JD',  '2014-02-03', 'N', 'Y'),
    (4, 'Harbourside Pet Hospital',      'Cardiff',    'CF10 4PA', '2016-06-13', 'Y', 'Y'),
    (5, 'Oakfield Veterinary Centre',    'Gloucester', 'GL1 3NX',  '2018-11-05', 'N', 'Y'),
    (6, 'Willow Lane Vets',              'Cheltenham', 'GL50 1QB', '2025-03-03', 'N', 'Y'),
    (7, 'Stroud Road Surgery',           'Stroud',     'GL5 1AE',  '2011-01-10', 'N', 'N');

-- ---------------------------------------------------------------- stf (staff)
CREATE TABLE stf (
    stf_id   integer PRIMARY KEY,
    clnc_id  smallint NOT NULL REFERENCES clnc (clnc_id),
    frst_nm  text NOT NULL,
    last_nm  text NOT NULL,
    role_cd  char(2) NOT NULL,
    rcvs_no  varchar(8),
    hire_dt  date NOT NULL,
    term_dt  date,
    fte_pct  smallint NOT NULL DEFAULT 100
);
COMMENT ON TABLE stf IS 'Clinical and front-desk staff';
COMMENT ON COLUMN stf.role_cd IS 'VS = veterinary surgeon (vet), LV = locum vet, VN = registered veterinary nurse, NA = animal care assistant, RC = receptionist';
COMMENT ON COLUMN stf.rcvs_no IS 'RCVS registration number; NULL for non-registered roles';
COMMENT ON COLUMN stf.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN stf.fte_pct IS 'contracted hours as percent of full time';

INSERT INTO stf (stf_id, clnc_id, frst_nm, last_nm, role_cd, rcvs_no, hire_dt, term_dt, fte_pct)
SELECT g, c, fn, ln, role,
       CASE WHEN role IN ('VS', 'VN') THEN (CASE WHEN role = 'VS' THEN '7' ELSE '1' END) || lpad(((g * 2713) % 100000)::text, 5, '0') END,
       CASE WHEN c = 6 THEN date '2025-02-17'
            WHEN g = 20 THEN date '2024-09-02'
            ELSE date '2010-03-01' + (g * 613) % 4700 END,
       CASE WHEN g = 8 THEN date '2025-06-30'
            WHEN g = 17 THEN date '2024-12-20'
            WHEN g = 28 THEN date '2025-01-31' END,
       CASE WHEN g % 7 = 0 THEN 60 WHEN g % 5 = 0 THEN 80 ELSE 100 END
FROM (
    SELECT g, 1 + (g - 1) / 6 AS c,
           CASE WHEN (g - 1) % 6 IN (0, 1) THEN 'VS'
                WHEN (g - 1) % 6 = 2 THEN CASE WHEN 1 + (g - 1) / 6 IN (1, 4) THEN 'VS' ELSE 'VN' END
                WHEN (g - 1) % 6 IN (3, 4) THEN 'VN'
                ELSE 'RC' END AS role,
           (ARRAY['Sarah','James','Emily','Tom','Hannah','Rhys','Charlotte','Oliver','Megan','Daniel',
                  'Lucy','Gareth','Sophie','Ben','Aisha','Matthew','Chloe','Priya','Ewan','Laura',
                  'Jack','Bethan','Ravi','Katie','Owen','Zoe','Marek','Isla','Callum','Niamh',
                  'Fiona','Samir','Holly','Dylan','Ffion','George'])[g] AS fn,
           (ARRAY['Morgan','Hughes','Clarke','Price','Evans','Patel','Walsh','Bennett','Jenkins','Rees',
                  'Fletcher','Shah','Owen','Turner','Powell','Lloyd','Harris','Nowak','Griffiths','Wood',
                  'Khan','Doyle','Parry','Ellis','Baker','Thomas','Murray','Kaur','Pritchard','Cole',
                  'Lewis','Ahmed','Howells','Fraser','Davies','Roberts'])[g] AS ln
    FROM generate_series(1, 36) AS g
) s;

INSERT INTO stf (stf_id, clnc_id, frst_nm, last_nm, role_cd, rcvs_no, hire_dt, term_dt, fte_pct) VALUES
    (37, 1, 'Andrew',  'McLeod',   'LV', '7088214', '2024-01-08', NULL,         60),
    (38, 4, 'Kirsty',  'Vaughan',  'LV', '7091307', '2025-01-06', '2025-08-29', 100),
    (39, 1, 'Jade',    'Mills',    'NA', NULL,      '2023-05-15', NULL,         100),
    (40, 4, 'Liam',    'Bevan',    'NA', NULL,      '2024-03-04', NULL,         80),
    (41, 7, 'Helen',   'Stroud',   'VS', '7054112', '2011-01-10', '2023-09-29', 100),
    (42, 7, 'Paul',    'Mercer',   'VN', '1033871', '2013-06-03', '2023-09-29', 100),
    (43, 3, 'Tanya',   'Webb',     'RC', NULL,      '2019-02-11', '2024-12-20', 60);

-- ---------------------------------------------------------------- ownr (pet owners / clients)
CREATE TABLE ownr (
    ownr_id      integer PRIMARY KEY,
    ttl_cd       varchar(4),
    frst_nm      text NOT NULL,
    last_nm      text NOT NULL,
    email_addr   text,
    mob_no       varchar(15),
    post_cd      varchar(8),
    home_clnc_id smallint REFERENCES clnc (clnc_id),
    reg_dt       date NOT NULL,
    mktg_optin   char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE ownr IS 'Clients: registered pet owners';
COMMENT ON COLUMN ownr.home_clnc_id IS 'clinic the client is registered with; NULL = not assigned';
COMMENT ON COLUMN ownr.reg_dt IS 'date the client registered with the group';
COMMENT ON COLUMN ownr.mktg_optin IS 'Y = agreed to receive marketing e-mails and texts, N = did not';

INSERT INTO ownr (ownr_id, ttl_cd, frst_nm, last_nm, email_addr, mob_no, post_cd, home_clnc_id, reg_dt, mktg_optin)
SELECT g, ttl, fn, ln,
       CASE WHEN g % 17 = 0 THEN NULL
            ELSE lower(fn || '.' || ln || g) || (ARRAY['@gmail.com','@outlook.com','@btinternet.com','@yahoo.co.uk','@hotmail.co.uk'])[1 + g % 5] END,
       CASE WHEN g % 23 = 0 THEN NULL ELSE '07' || lpad(((g::bigint * 48271) % 1000000000)::text, 9, '0') END,
       CASE WHEN home IS NULL THEN NULL
            ELSE (ARRAY['BS','BA','SN','CF','GL','GL'])[home] || (1 + g % 16)::text || ' ' || (1 + g % 9)::text
                 || chr(65 + g % 26) || chr(65 + (g * 7) % 26) END,
       home, reg, CASE WHEN g % 5 IN (0, 2) THEN 'Y' ELSE 'N' END
FROM (
    SELECT g, reg,
           CASE WHEN g % 53 = 0 THEN NULL
                WHEN reg >= date '2025-03-03' AND g % 3 = 0 THEN 6
                ELSE 1 + (g * 7) % 5 END AS home,
           (ARRAY['Mr','Mrs','Ms','Miss','Dr',NULL,'Mr','Mrs'])[1 + (g * 3) % 8] AS ttl,
           (ARRAY['David','Claire','Mark','Rachel','Steven','Joanne','Paul','Nicola','Andrew','Helen',
                  'Chris','Amy','Simon','Gemma','Ian','Kerry','Neil','Louise','Gavin','Emma',
                  'Lee','Sian','Carl','Anna','Wojciech','Fatima','Alan','Zara','Kevin','Jess'])[1 + g % 30] AS fn,
           (ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson',
                  'Roberts','Robinson','Thompson','Wright','Walker','White','Edwards','Hughes','Green','Hall',
                  'Lewis','Harris','Clarke','Patel','Jackson','Wood','Turner','Martin','Cooper','Hill',
                  'Ward','Morris','Moore','Kowalski','Ali','Begum','Phillips','Watson'])[1 + (g * 7) % 38] AS ln
    FROM (SELECT g, date '2016-01-04' + (g - 1) * 4 + (g * 7) % 4 AS reg FROM generate_series(1, 900) AS g) r
) s;

-- ---------------------------------------------------------------- pet (animals / patients)
CREATE TABLE pet (
    pet_id   integer PRIMARY KEY,
    ownr_id  integer NOT NULL REFERENCES ownr (ownr_id),
    pet_nm   text NOT NULL,
    spcs_cd  char(3) NOT NULL,
    brd_nm   text,
    sex_cd   varchar(2) NOT NULL,
    dob      date,
    wt_kg    numeric(5,2),
    chip_no  varchar(15),
    dcsd_dt  date,
    crt_ts   timestamp NOT NULL
);
COMMENT ON TABLE pet IS 'Animals (patients) registered with the group';
COMMENT ON COLUMN pet.spcs_cd IS 'DOG = dog, CAT = cat, RAB = rabbit, GPG = guinea pig, BRD = bird, RPT = reptile, FER = ferret';
COMMENT ON COLUMN pet.brd_nm IS 'breed; NULL = unknown';
COMMENT ON COLUMN pet.sex_cd IS 'M = male entire, MN = male neutered, F = female entire, FN = female neutered (spayed), U = unknown';
COMMENT ON COLUMN pet.dob IS 'date of birth (estimated for rescues); NULL = unknown';
COMMENT ON COLUMN pet.wt_kg IS 'last recorded weight, kg';
COMMENT ON COLUMN pet.chip_no IS 'microchip number; NULL = not chipped / not recorded';
COMMENT ON COLUMN pet.dcsd_dt IS 'date of death; NULL = alive';
COMMENT ON COLUMN pet.crt_ts IS 'when the animal was registered in the system';

INSERT INTO pet (pet_id, ownr_id, pet_nm, spcs_cd, brd_nm, sex_cd, dob, wt_kg, chip_no, dcsd_dt, crt_ts)
WITH b AS (
    SELECT g, 1 + (g * 389) % 860 AS ownr_id,
           CASE WHEN (g * 7) % 100 < 48 THEN 'DOG' WHEN (g * 7) % 100 < 83 THEN 'CAT'
                WHEN (g * 7) % 100 < 90 THEN 'RAB' WHEN (g * 7) % 100 < 95 THEN 'GPG'
                WHEN (g * 7) % 100 < 97 THEN 'BRD' WHEN (g * 7) % 100 < 99 THEN 'RPT'
                ELSE 'FER' END AS spcs
    FROM generate_series(1, 1300) AS g
), d AS (
    SELECT b.*, o.reg_dt,
           CASE WHEN g % 29 = 0 THEN NULL
                ELSE date '2025-10-20' - (g * 53) % (CASE spcs WHEN 'DOG' THEN 5800 WHEN 'CAT' THEN 6200 WHEN 'RAB' THEN 3200
                                                              WHEN 'GPG' THEN 2400 WHEN 'BRD' THEN 5000 WHEN 'RPT' THEN 4500
                                                              ELSE 2600 END) END AS dob
    FROM b JOIN ownr o ON o.ownr_id = b.ownr_id
), c AS (
    SELECT d.*,
           least(timestamp '2025-11-29 16:00:00',
                 (greatest(reg_dt, dob + 56) + g % 20)::timestamp + interval '9 hours' + ((g * 13) % 480) * interval '1 minute') AS crt_ts
    FROM d
)
SELECT g, ownr_id,
       (ARRAY['Bella','Max','Luna','Charlie','Daisy','Alfie','Poppy','Teddy','Milo','Willow',
              'Bailey','Coco','Ruby','Buster','Rosie','Oscar','Molly','Archie','Nala','Simba',
              'Tilly','Loki','Bonnie','Murphy','Pepper','Biscuit','Smudge','Tigger','Misty','Jasper',
              'Hazel','Thumper','Pip','Kiwi','Ziggy','Maisie','Bruno','Cleo','Dexter','Honey'])[1 + (g * 13) % 40],
       spcs,
       CASE WHEN g % 23 = 0 OR spcs = 'FER' THEN NULL
            WHEN spcs = 'DOG' THEN (ARRAY['Labrador Retriever','Cocker Spaniel','French Bulldog','Border Collie','Staffordshire Bull Terrier',
                                          'Cockapoo','Jack Russell Terrier','German Shepherd','Dachshund','Crossbreed',
                                          'Springer Spaniel','Golden Retriever','Shih Tzu','Whippet'])[1 + (g * 3) % 14]
            WHEN spcs = 'CAT' THEN (ARRAY['Domestic Shorthair','Domestic Shorthair','Domestic Shorthair','Domestic Longhair','British Shorthair',
                                          'Maine Coon','Ragdoll','Bengal','Siamese'])[1 + (g * 5) % 9]
            WHEN spcs = 'RAB' THEN (ARRAY['Netherland Dwarf','Lionhead','Mini Lop','Rex'])[1 + g % 4]
            WHEN spcs = 'GPG' THEN (ARRAY['Abyssinian','American','Peruvian'])[1 + g % 3]
            WHEN spcs = 'BRD' THEN (ARRAY['Budgerigar','Cockatiel','African Grey'])[1 + g % 3]
            ELSE (ARRAY['Bearded Dragon','Leopard Gecko','Corn Snake','Royal Python'])[1 + g % 4] END,
       CASE WHEN spcs IN ('BRD', 'RPT') AND g % 2 = 0 THEN 'U'
            ELSE (ARRAY['M','MN','MN','F','FN','FN','MN','FN'])[1 + (g * 5) % 8] END,
       dob,
       CASE WHEN g % 19 = 0 THEN NULL
            ELSE CASE spcs WHEN 'DOG' THEN 4 + ((g * 13) % 400) / 10.0
                           WHEN 'CAT' THEN 2.8 + ((g * 7) % 45) / 10.0
                           WHEN 'RAB' THEN 1.2 + (g % 25) / 10.0
                           WHEN 'GPG' THEN 0.7 + (g % 6) / 10.0
                           WHEN 'BRD' THEN 0.04 + (g % 30) / 100.0
                           WHEN 'RPT' THEN 0.3 + (g % 15) / 10.0
                           ELSE 0.9 + (g % 10) / 10.0 END END,
       CASE WHEN spcs IN ('DOG', 'CAT', 'RAB', 'FER') AND g % 11 <> 0
            THEN '9410000' || lpad(((g * 7919 * 13) % 100000000)::text, 8, '0') END,
       CASE WHEN ((dob < date '2012-06-01' AND g % 3 = 0) OR g % 67 = 0)
                 AND date '2024-02-01' + (g * 17) % 640 > crt_ts::date + 60
            THEN date '2024-02-01' + (g * 17) % 640 END,
       crt_ts
FROM c;

-- ---------------------------------------------------------------- appt (appointments)
CREATE TABLE appt (
    appt_id     integer PRIMARY KEY,
    pet_id      integer NOT NULL REFERENCES pet (pet_id),
    clnc_id     smallint NOT NULL REFERENCES clnc (clnc_id),
    vet_stf_id  integer,
    appt_ts     timestamp NOT NULL,
    appt_typ_cd char(3) NOT NULL,
    stat_cd     char(1) NOT NULL,
    cncl_rsn_cd char(2),
    dur_min     smallint NOT NULL,
    crt_ts      timestamp NOT NULL
);
COMMENT ON TABLE appt IS 'Appointments booked for animals at a clinic';
COMMENT ON COLUMN appt.vet_stf_id IS 'vet the appointment is with (stf.stf_id); NULL = not assigned';
COMMENT ON COLUMN appt.appt_ts IS 'date and time of the appointment (local time)';
COMMENT ON COLUMN appt.appt_typ_cd IS 'CON = consultation, VAC = vaccination, FUP = follow-up / recheck, NUR = nurse clinic, DEN = dental, SUR = surgery, EMG = emergency, EUT = euthanasia';
COMMENT ON COLUMN appt.stat_cd IS 'B = booked (not happened yet), C = completed (animal seen), X = cancelled, N = no-show (did not attend)';
COMMENT ON COLUMN appt.cncl_rsn_cd IS 'only for cancelled: CL = client cancelled, RB = client rebooked, PR = cancelled by the practice';
COMMENT ON COLUMN appt.dur_min IS 'booked length of the slot in minutes';
COMMENT ON COLUMN appt.crt_ts IS 'when the booking was made';

INSERT INTO appt (appt_id, pet_id, clnc_id, vet_stf_id, appt_ts, appt_typ_cd, stat_cd, cncl_rsn_cd, dur_min, crt_ts)
WITH p AS (
    SELECT p.pet_id AS g, p.spcs_cd, p.dcsd_dt, o.home_clnc_id,
           greatest(date '2024-01-02', p.crt_ts::date) AS s,
           coalesce(p.dcsd_dt - 1, date '2025-11-30') AS e,
           CASE WHEN p.pet_id % 13 = 0 THEN 0 ELSE 1 + (p.pet_id * 5) % 6 END AS n0
    FROM pet p JOIN ownr o ON o.ownr_id = p.ownr_id
), pn AS (
    SELECT p.*, CASE WHEN e < s THEN 0 ELSE least(n0, (e - s) / 45 + 1) END AS n FROM p
), v AS (
    SELECT pn.*, k,
           s + (k - 1) * ((e - s) / n) + (g * 37 + k * 11) % greatest((e - s) / n, 1) AS d0
    FROM pn CROSS JOIN LATERAL generate_series(1, pn.n) AS k
    UNION ALL                                   -- put to sleep on the day of death
    SELECT pn.*, 99, dcsd_dt FROM pn WHERE dcsd_dt IS NOT NULL AND g % 2 = 0 AND n0 > 0
    UNION ALL                                   -- bookings after the data cut-off
    SELECT pn.*, 98, date '2025-12-01' + (g * 7) % 45 FROM pn WHERE dcsd_dt IS NULL AND g % 9 = 2 AND n0 > 0
), t AS (
    SELECT v.*,
           CASE WHEN k <> 99 AND extract(isodow FROM d0) = 7 THEN d0 - 1 ELSE d0 END AS d,
           CASE WHEN k = 99 THEN 'EUT'
                WHEN g % 41 = 7 AND k % 2 = 1 AND k < 98 THEN 'EMG'
                WHEN h < 36 THEN 'CON'
                WHEN h < 62 THEN CASE WHEN spcs_cd IN ('DOG', 'CAT', 'RAB') THEN 'VAC' ELSE 'CON' END
                WHEN h < 72 THEN 'FUP'
                WHEN h < 79 THEN CASE WHEN spcs_cd IN ('BRD', 'RPT') THEN 'CON' ELSE 'DEN' END
                WHEN h < 87 THEN 'SUR'
                WHEN h < 95 THEN CASE WHEN k = 98 THEN 'CON' ELSE 'EMG' END
                ELSE 'NUR' END AS typ
    FROM v CROSS JOIN LATERAL (SELECT (g * 11 + k * 17) % 100 AS h) x
), u AS (
    SELECT t.*,
           CASE WHEN typ = 'EMG' AND coalesce(home_clnc_id, 1) NOT IN (1, 4)
                THEN CASE WHEN home_clnc_id = 5 AND g % 2 = 0 THEN 4 ELSE 1 END
                ELSE coalesce(home_clnc_id, 1) END AS clnc_id,
           CASE WHEN k = 98 THEN 'B'
                WHEN typ IN ('EMG', 'EUT') THEN 'C'
                WHEN (g * 13 + k * 29) % 100 < 83 THEN 'C'
                WHEN (g * 13 + k * 29) % 100 < 93 THEN 'X'
                ELSE 'N' END AS stat
    FROM t
), w AS (
    SELECT u.*,
           CASE WHEN typ = 'EMG' THEN d + ((g * 5 + k * 11) % 24) * interval '1 hour' + ((g * 7) % 4) * interval '15 minutes'
                ELSE d + time '08:30' + ((g * 3 + k * 7) % 29) * interval '20 minutes' END AS ts,
           vv.arr
    FROM u CROSS JOIN LATERAL (
        SELECT array_agg(s.stf_id ORDER BY s.stf_id) AS arr
        FROM stf s
        WHERE s.clnc_id = u.clnc_id AND s.role_cd IN ('VS', 'LV')
          AND s.hire_dt <= u.d AND (s.term_dt IS NULL OR s.term_dt >= u.d)
    ) vv
)
SELECT row_number() OVER (ORDER BY ts, g),
       g, clnc_id,
       CASE WHEN stat = 'X' AND (g + k) % 2 = 0 THEN NULL ELSE arr[1 + (g * 3 + k) % cardinality(arr)] END,
       ts, typ, stat,
       CASE WHEN stat <> 'X' THEN NULL
            WHEN (g + k) % 10 < 6 THEN 'CL' WHEN (g + k) % 10 < 9 THEN 'RB' ELSE 'PR' END,
       CASE typ WHEN 'CON' THEN 15 WHEN 'VAC' THEN 20 WHEN 'FUP' THEN 10 WHEN 'NUR' THEN 15
                WHEN 'DEN' THEN 90 WHEN 'SUR' THEN 120 WHEN 'EMG' THEN 45 ELSE 30 END,
       CASE WHEN k = 98 THEN timestamp '2025-11-01 09:00:00' + ((g * 7) % 29) * interval '1 day' + (g % 8) * interval '1 hour'
            WHEN typ IN ('EMG', 'EUT') THEN ts - (15 + (g * k) % 90) * interval '1 minute'
            ELSE ts - ((g * 7 + k * 13) % 35 + 1 + CASE WHEN typ = 'VAC' THEN 14 ELSE 0 END) * interval '1 day'
                    - ((g + k) % 9) * interval '1 hour' END
FROM w;

-- ---------------------------------------------------------------- trtmt (treatments / procedures performed)
CREATE TABLE trtmt (
    trt_id      integer PRIMARY KEY,
    appt_id     integer NOT NULL REFERENCES appt (appt_id),
    ln_no       smallint NOT NULL,
    proc_cd     varchar(6) NOT NULL,
    proc_desc   text NOT NULL,
    perf_stf_id integer REFERENCES stf (stf_id),
    qty         smallint NOT NULL DEFAULT 1,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    fee_gbp     numeric(8,2) NOT NULL
);
COMMENT ON TABLE trtmt IS 'Treatments and procedures performed during completed appointments, one line each';
COMMENT ON COLUMN trtmt.proc_cd IS 'CONS = consultation, BLDT = blood panel, XRAY = radiograph, SKCY = skin cytology, VACC = vaccination, MCHP = microchipping, RCHK = recheck, NAIL = nail clip, WTCK = weight check, DENT = dental scale and polish, EXTR = tooth extraction, GAAN = general anaesthetic, SPAY = spay, CAST = castration, LUMP = mass removal, HIST = histopathology, EMGC = emergency consultation, IVFL = IV fluids, HOSP = hospitalisation per night, EUTH = euthanasia, CREM = cremation';
COMMENT ON COLUMN trtmt.perf_stf_id IS 'vet or nurse who performed it';
COMMENT ON COLUMN trtmt.disc_pct IS 'discount given on the line, percent';
COMMENT ON COLUMN trtmt.fee_gbp IS 'amount charged for the line after discount, GBP excluding VAT; 0 = free of charge';

INSERT INTO trtmt (trt_id, appt_id, ln_no, proc_cd, proc_desc, perf_stf_id, qty, disc_pct, fee_gbp)
WITH a AS (
    SELECT a.appt_id, a.appt_typ_cd, a.clnc_id, a.vet_stf_id, a.appt_ts::date AS d, p.sex_cd,
           CASE WHEN a.appt_ts >= timestamp '2025-01-01' THEN 1.05 ELSE 1.00 END AS infl
    FROM appt a JOIN pet p ON p.pet_id = a.pet_id
    WHERE a.stat_cd = 'C'
), cat (typ, ln, proc_cd, proc_desc, fee, m, r, cond, who, qmax) AS (VALUES
    ('CON', 1, 'CONS', 'Consultation',                      48.00, 1, 0, NULL, 'V', 1),
    ('CON', 2, 'BLDT', 'In-house blood panel',              95.00, 4, 0, NULL, 'N', 1),
    ('CON', 3, 'XRAY', 'Radiograph',                       180.00, 9, 0, NULL, 'V', 1),
    ('CON', 4, 'SKCY', 'Skin cytology',                     55.00, 11, 3, NULL, 'V', 1),
    ('VAC', 1, 'VACC', 'Vaccination and health check',      62.00, 1, 0, NULL, 'V', 1),
    ('VAC', 2, 'MCHP', 'Microchip implant',                 25.00, 7, 3, NULL, 'N', 1),
    ('FUP', 1, 'RCHK', 'Recheck consultation',               0.00, 3, 1, NULL, 'V', 1),
    ('FUP', 1, 'RCHK', 'Recheck consultation',               0.00, 3, 2, NULL, 'N', 1),
    ('FUP', 1, 'RCHK', 'Recheck consultation',              28.00, 3, 0, NULL, 'V', 1),
    ('NUR', 1, 'NAIL', 'Nail clip',                          0.00, 2, 0, NULL, 'N', 1),
    ('NUR', 1, 'NAIL', 'Nail clip',                         12.00, 2, 1, NULL, 'N', 1),
    ('NUR', 2, 'WTCK', 'Weight check',                       0.00, 1, 0, NULL, 'N', 1),
    ('DEN', 1, 'DENT', 'Dental scale and polish',          320.00, 1, 0, NULL, 'V', 1),
    ('DEN', 2, 'GAAN', 'General anaesthetic and monitoring', 150.00, 1, 0, NULL, 'N', 1),
    ('DEN', 3, 'EXTR', 'Tooth extraction',                  45.00, 2, 1, NULL, 'V', 4),
    ('SUR', 1, 'SPAY', 'Spay (ovariohysterectomy)',        285.00, 1, 0, 'F',  'V', 1),
    ('SUR', 1, 'CAST', 'Castration',                       210.00, 1, 0, 'M',  'V', 1),
    ('SUR', 1, 'LUMP', 'Mass removal',                     340.00, 1, 0, 'O',  'V', 1),
    ('SUR', 2, 'GAAN', 'General anaesthetic and monitoring', 150.00, 1, 0, NULL, 'N', 1),
    ('SUR', 3, 'HIST', 'Histopathology',                   120.00, 1, 0, 'O',  'V', 1),
    ('EMG', 1, 'EMGC', 'Emergency consultation',           145.00, 1, 0, NULL, 'V', 1),
    ('EMG', 2, 'IVFL', 'IV fluid therapy',                  85.00, 2, 0, NULL, 'N', 1),
    ('EMG', 3, 'XRAY', 'Radiograph',                       180.00, 3, 0, NULL, 'V', 1),
    ('EMG', 4, 'HOSP', 'Hospitalisation (per night)',       95.00, 4, 1, NULL, 'N', 3),
    ('EUT', 1, 'EUTH', 'Euthanasia',                       120.00, 1, 0, NULL, 'V', 1),
    ('EUT', 2, 'CREM', 'Individual cremation',             165.00, 2, 0, NULL, 'V', 1)
), l AS (
    SELECT a.*, c.ln, c.proc_cd, c.proc_desc, c.who,
           1 + a.appt_id % c.qmax AS qty,
           CASE WHEN c.proc_cd = 'CONS' AND a.appt_id % 53 = 0 THEN 0 ELSE c.fee END AS fee,
           CASE WHEN a.appt_id % 12 = 5 AND c.fee > 0 THEN 10 ELSE 0 END AS disc
    FROM a JOIN cat c ON c.typ = a.appt_typ_cd AND a.appt_id % c.m = c.r
    WHERE c.cond IS NULL
       OR (c.cond = 'F' AND a.appt_id % 3 <> 0 AND a.sex_cd IN ('F', 'FN'))
       OR (c.cond = 'M' AND a.appt_id % 3 <> 0 AND a.sex_cd IN ('M', 'MN'))
       OR (c.cond = 'O' AND (a.appt_id % 3 = 0 OR a.sex_cd NOT IN ('F', 'FN', 'M', 'MN')))
)
SELECT row_number() OVER (ORDER BY l.appt_id, l.ln),
       l.appt_id, l.ln, l.proc_cd, l.proc_desc,
       CASE WHEN l.who = 'N' THEN nn.arr[1 + l.appt_id % cardinality(nn.arr)] ELSE l.vet_stf_id END,
       l.qty, l.disc,
       round(l.fee * l.infl * l.qty * (1 - l.disc / 100.0), 2)
FROM l CROSS JOIN LATERAL (
    SELECT array_agg(s.stf_id ORDER BY s.stf_id) AS arr
    FROM stf s
    WHERE s.clnc_id = l.clnc_id AND s.role_cd = 'VN'
      AND s.hire_dt <= l.d AND (s.term_dt IS NULL OR s.term_dt >= l.d)
) nn;

-- ---------------------------------------------------------------- med (medicines formulary)
CREATE TABLE med (
    med_id       smallint PRIMARY KEY,
    med_nm       text NOT NULL,
    med_cls_cd   varchar(4) NOT NULL,
    ctrl_drg_flg char(1) NOT NULL DEFAULT 'N',
    unit_prc_gbp numeric(7,2) NOT NULL,
    disc_flg     char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE med IS 'Medicines formulary: what the clinics can prescribe and dispense';
COMMENT ON COLUMN med.med_cls_cd IS 'ABX = antibiotic, NSD = anti-inflammatory painkiller, OPI = opioid painkiller, NEU = neurological, PAR = flea / worm / parasite treatment, CRD = cardiac, END = hormonal, DRM = skin, BEH = behavioural';
COMMENT ON COLUMN med.ctrl_drg_flg IS 'Y = controlled drug (register kept), N = not controlled';
COMMENT ON COLUMN med.unit_prc_gbp IS 'selling price per unit (tablet, ml, pipette...), GBP excluding VAT';
COMMENT ON COLUMN med.disc_flg IS 'Y = discontinued, no longer stocked';

INSERT INTO med (med_id, med_nm, med_cls_cd, ctrl_drg_flg, unit_prc_gbp, disc_flg) VALUES
    (1,  'Amoxicillin 250mg tablet',                 'ABX', 'N',  0.45, 'N'),
    (2,  'Amoxicillin/clavulanate 500mg tablet',     'ABX', 'N',  0.95, 'N'),
    (3,  'Cefalexin 300mg capsule',                  'ABX', 'N',  0.80, 'N'),
    (4,  'Enrofloxacin 50mg tablet',                 'ABX', 'N',  1.10, 'Y'),
    (5,  'Meloxicam 1.5mg/ml oral suspension (ml)',  'NSD', 'N',  0.30, 'N'),
    (6,  'Robenacoxib 20mg tablet',                  'NSD', 'N',  1.40, 'N'),
    (7,  'Carprofen 50mg tablet',                    'NSD', 'N',  0.55, 'N'),
    (8,  'Buprenorphine 0.3mg/ml injection (ml)',    'OPI', 'Y',  4.20, 'N'),
    (9,  'Methadone 10mg/ml injection (ml)',         'OPI', 'Y',  6.50, 'N'),
    (10, 'Gabapentin 100mg capsule',                 'NEU', 'Y',  0.60, 'N'),
    (11, 'Tramadol 50mg tablet',                     'OPI', 'Y',  0.35, 'N'),
    (12, 'Fluralaner 500mg chewable tablet',         'PAR', 'N', 24.50, 'N'),
    (13, 'Milbemycin/praziquantel tablet',           'PAR', 'N',  6.80, 'N'),
    (14, 'Selamectin spot-on pipette',               'PAR', 'N',  9.90, 'N'),
    (15, 'Fenbendazole 10% oral suspension (ml)',    'PAR', 'N',  0.25, 'N'),
    (16, 'Pimobendan 5mg capsule',                   'CRD', 'N',  1.85, 'N'),
    (17, 'Benazepril 5mg tablet',                    'CRD', 'N',  0.70, 'N'),
    (18, 'Levothyroxine 200mcg tablet',              'END', 'N',  0.40, 'N'),
    (19, 'Thiamazole 2.5mg tablet',                  'END', 'N',  0.38, 'N'),
    (20, 'Oclacitinib 16mg tablet',                  'DRM', 'N',  2.10, 'N'),
    (21, 'Chlorhexidine 4% shampoo (bottle)',        'DRM', 'N', 11.00, 'N'),
    (22, 'Clomipramine 20mg tablet',                 'BEH', 'N',  0.90, 'N'),
    (23, 'Phenobarbital 60mg tablet',                'NEU', 'Y',  0.30, 'N'),
    (24, 'Diazepam 5mg/ml rectal tube',              'NEU', 'Y',  3.60, 'Y'),
    (25, 'Porcine insulin zinc 40 IU/ml vial',       'END', 'N', 38.50, 'N');

-- ---------------------------------------------------------------- rx (prescriptions)
CREATE TABLE rx (
    rx_id        integer PRIMARY KEY,
    appt_id      integer NOT NULL REFERENCES appt (appt_id),
    med_id       smallint NOT NULL REFERENCES med (med_id),
    qty          numeric(6,1) NOT NULL,
    dose_txt     text,
    rpt_cnt      smallint NOT NULL DEFAULT 0,
    rx_dt        date NOT NULL,
    line_amt_gbp numeric(8,2) NOT NULL
);
COMMENT ON TABLE rx IS 'Prescriptions: medicines prescribed and dispensed at an appointment, one medicine per row';
COMMENT ON COLUMN rx.qty IS 'units dispensed (tablets, ml, pipettes...)';
COMMENT ON COLUMN rx.rpt_cnt IS 'number of repeat supplies allowed without another consultation';
COMMENT ON COLUMN rx.line_amt_gbp IS 'amount charged, GBP excluding VAT';

INSERT INTO rx (rx_id, appt_id, med_id, qty, dose_txt, rpt_cnt, rx_dt, line_amt_gbp)
WITH a AS (
    SELECT a.appt_id, a.appt_typ_cd, a.appt_ts::date AS d, p.spcs_cd
    FROM appt a JOIN pet p ON p.pet_id = a.pet_id
    WHERE a.stat_cd = 'C'
), rules (typ, slot, m, r, neg, pool) AS (VALUES
    ('CON', 1, 3, 2, true,  ARRAY[1,2,3,5,6,7,13,14,16,17,18,19,20,21,4,10,23,15]),
    ('CON', 2, 5, 0, false, ARRAY[5,7,12,13,21,20,1]),
    ('EMG', 1, 1, 0, false, ARRAY[8,9,11,5,6]),
    ('EMG', 2, 2, 0, false, ARRAY[1,2,3,4]),
    ('SUR', 1, 1, 0, false, ARRAY[5,6,7]),
    ('SUR', 2, 3, 0, true,  ARRAY[2,3]),
    ('SUR', 3, 2, 0, false, ARRAY[8,11]),
    ('DEN', 1, 1, 0, false, ARRAY[5,6,7]),
    ('DEN', 2, 3, 0, true,  ARRAY[2,3,1]),
    ('FUP', 1, 4, 0, false, ARRAY[5,7,2,16]),
    ('VAC', 1, 2, 0, false, ARRAY[12,13,14])
), pick AS (
    SELECT a.*, r.slot,
           CASE WHEN a.appt_typ_cd = 'VAC' AND a.spcs_cd = 'RAB' THEN 15
                WHEN r.pool[1 + ((a.appt_id / 3) * 13 + a.appt_id * 7 + r.slot) % cardinality(r.pool)] = 4 AND a.d >= date '2025-01-01' THEN 3
                ELSE r.pool[1 + ((a.appt_id / 3) * 13 + a.appt_id * 7 + r.slot) % cardinality(r.pool)] END AS med_id
    FROM a JOIN rules r ON r.typ = a.appt_typ_cd AND ((a.appt_id % r.m = r.r) <> r.neg)
), q AS (
    SELECT pick.*, m.unit_prc_gbp, m.med_cls_cd,
           CASE WHEN pick.med_id IN (8, 9) THEN 0.5 * (1 + pick.appt_id % 4)
                WHEN m.unit_prc_gbp >= 5 THEN 1 + pick.appt_id % 3
                ELSE 7 * (1 + (pick.appt_id + pick.slot) % 4) END AS qty
    FROM pick JOIN med m ON m.med_id = pick.med_id
)
SELECT row_number() OVER (ORDER BY appt_id, slot), appt_id, med_id, qty,
       CASE WHEN appt_id % 17 = 0 THEN NULL
            WHEN med_id IN (8, 9) THEN 'Given in clinic'
            WHEN med_id IN (12, 13) THEN 'Give one by mouth, repeat in 12 weeks'
            WHEN med_id = 14 THEN 'Apply one pipette monthly'
            WHEN med_id IN (5, 15) THEN 'Give by mouth once daily with food, dose by weight'
            WHEN med_id = 21 THEN 'Bathe twice weekly'
            ELSE (ARRAY['1 tablet twice daily','1 tablet once daily','1 tablet twice daily with food','As directed'])[1 + appt_id % 4] END,
       CASE WHEN med_cls_cd IN ('CRD', 'END', 'DRM') THEN 1 + appt_id % 6 ELSE 0 END,
       d,
       round(qty * unit_prc_gbp * CASE WHEN d >= date '2025-01-01' THEN 1.05 ELSE 1.00 END, 2)
FROM q;

-- ---------------------------------------------------------------- vacc (vaccinations)
CREATE TABLE vacc (
    vacc_id  integer PRIMARY KEY,
    pet_id   integer NOT NULL REFERENCES pet (pet_id),
    appt_id  integer,
    vacc_cd  varchar(4) NOT NULL,
    adm_dt   date NOT NULL,
    due_dt   date,
    batch_no varchar(12),
    src_cd   char(1) NOT NULL DEFAULT 'C'
);
COMMENT ON TABLE vacc IS 'Vaccinations given, with the date the next booster is due';
COMMENT ON COLUMN vacc.appt_id IS 'appointment it was given at (appt.appt_id); NULL for records imported from a previous vet';
COMMENT ON COLUMN vacc.vacc_cd IS 'L4 = leptospirosis (dogs), DHP = distemper/hepatitis/parvovirus (dogs), KC = kennel cough (dogs), FCV = cat flu and enteritis (cats), FELV = feline leukaemia (cats), RHD = myxomatosis / RHD (rabbits), RAB = rabies (for travel)';
COMMENT ON COLUMN vacc.adm_dt IS 'date the vaccine was given';
COMMENT ON COLUMN vacc.due_dt IS 'date the next booster is due; NULL = no booster planned';
COMMENT ON COLUMN vacc.src_cd IS 'C = given at one of our clinics, I = imported from the previous vet''s record';

INSERT INTO vacc (vacc_id, pet_id, appt_id, vacc_cd, adm_dt, due_dt, batch_no, src_cd)
WITH a AS (
    SELECT a.appt_id, a.pet_id, a.appt_ts::date AS d, p.spcs_cd, p.dcsd_dt
    FROM appt a JOIN pet p ON p.pet_id = a.pet_id
    WHERE a.appt_typ_cd = 'VAC' AND a.stat_cd = 'C'
), codes (spcs, vacc_cd, m, r, yrs) AS (VALUES
    ('DOG', 'L4',   1,  0, 1),
    ('DOG', 'DHP',  3,  0, 3),
    ('DOG', 'KC',   4,  1, 1),
    ('DOG', 'RAB', 29,  0, 3),
    ('CAT', 'FCV',  1,  0, 1),
    ('CAT', 'FELV', 3,  1, 1),
    ('CAT', 'RAB', 31,  0, 3),
    ('RAB', 'RHD',  1,  0, 1)
), allv AS (
    SELECT a.pet_id, a.appt_id, c.vacc_cd, a.d AS adm_dt,
           CASE WHEN a.dcsd_dt IS NOT NULL OR a.appt_id % 41 = 0 THEN NULL
                ELSE (a.d + c.yrs * interval '1 year')::date END AS due_dt,
           c.vacc_cd || to_char(a.d, 'YYMM') || lpad((a.appt_id % 97)::text, 2, '0') AS batch_no,
           'C' AS src_cd
    FROM a JOIN codes c ON c.spcs = a.spcs_cd AND a.appt_id % c.m = c.r
    UNION ALL
    SELECT p.pet_id, NULL, CASE p.spcs_cd WHEN 'DOG' THEN 'L4' ELSE 'FCV' END,
           date '2023-01-16' + (p.pet_id * 7) % 340,
           (date '2023-01-16' + (p.pet_id * 7) % 340 + interval '1 year')::date,
           NULL, 'I'
    FROM pet p
    WHERE p.spcs_cd IN ('DOG', 'CAT') AND p.crt_ts < timestamp '2024-01-01' AND p.pet_id % 3 = 0
)
SELECT row_number() OVER (ORDER BY adm_dt, pet_id, vacc_cd), pet_id, appt_id, vacc_cd, adm_dt, due_dt, batch_no, src_cd
FROM allv;

-- ---------------------------------------------------------------- inv_hdr (invoices)
CREATE TABLE inv_hdr (
    inv_id      integer PRIMARY KEY,
    ownr_id     integer NOT NULL REFERENCES ownr (ownr_id),
    appt_id     integer,
    clnc_id     smallint NOT NULL REFERENCES clnc (clnc_id),
    inv_typ_cd  char(1) NOT NULL,
    inv_dt      date NOT NULL,
    net_amt_gbp numeric(9,2) NOT NULL,
    vat_amt_gbp numeric(9,2) NOT NULL,
    tot_amt_gbp numeric(9,2) NOT NULL,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE inv_hdr IS 'Invoice headers: one per attended appointment, missed-appointment fee or counter sale';
COMMENT ON COLUMN inv_hdr.appt_id IS 'appointment invoiced (appt.appt_id); NULL for counter sales';
COMMENT ON COLUMN inv_hdr.inv_typ_cd IS 'T = treatment at an appointment, N = no-show fee for a missed appointment, S = counter sale (food, flea products; no appointment)';
COMMENT ON COLUMN inv_hdr.net_amt_gbp IS 'amount before VAT';
COMMENT ON COLUMN inv_hdr.vat_amt_gbp IS 'VAT at 20%';
COMMENT ON COLUMN inv_hdr.tot_amt_gbp IS 'invoice total including VAT';
COMMENT ON COLUMN inv_hdr.stat_cd IS 'O = outstanding, P = paid in full, I = claim sent to the insurer, awaiting their payment, W = written off (bad debt), V = void (raised in error)';

INSERT INTO inv_hdr (inv_id, ownr_id, appt_id, clnc_id, inv_typ_cd, inv_dt, net_amt_gbp, vat_amt_gbp, tot_amt_gbp, stat_cd)
WITH ai AS (
    SELECT a.appt_id, p.ownr_id, a.clnc_id, 'T' AS typ, a.appt_ts::date AS inv_dt,
           coalesce((SELECT sum(t.fee_gbp) FROM trtmt t WHERE t.appt_id = a.appt_id), 0)
         + coalesce((SELECT sum(r.line_amt_gbp) FROM rx r WHERE r.appt_id = a.appt_id), 0) AS net
    FROM appt a JOIN pet p ON p.pet_id = a.pet_id
    WHERE a.stat_cd = 'C'
    UNION ALL
    SELECT a.appt_id, p.ownr_id, a.clnc_id, 'N', a.appt_ts::date, 20.83
    FROM appt a JOIN pet p ON p.pet_id = a.pet_id
    WHERE a.stat_cd = 'N' AND a.appt_id % 2 = 0
    UNION ALL
    SELECT NULL, o.ownr_id, coalesce(o.home_clnc_id, 1), 'S',
           greatest(date '2024-01-03' + (g * 613) % 697, o.reg_dt + g % 10),
           8 + (g * 37) % 115 + 0.99
    FROM generate_series(1, 380) AS g
    JOIN ownr o ON o.ownr_id = 1 + (g * 211) % 860
), n AS (
    SELECT ai.*, row_number() OVER (ORDER BY inv_dt, appt_id NULLS LAST, ownr_id) AS inv_id
    FROM ai WHERE inv_dt <= date '2025-11-30'
), s AS (
    SELECT n.*, round(net * 0.20, 2) AS vat, net + round(net * 0.20, 2) AS tot,
           ((inv_id * 7919) % 1000)::int AS h
    FROM n
), f AS (
    SELECT s.*,
           tot >= 400 AND h % 3 = 0 AS split,
           CASE WHEN tot >= 400 AND h % 3 = 0 THEN 10 + h % 35 WHEN h % 10 < 7 THEN 0 ELSE 3 + h % 40 END AS delay
    FROM s
)
SELECT inv_id, ownr_id, appt_id, clnc_id, typ, inv_dt, net, vat, tot,
       CASE WHEN net = 0 THEN 'P'
            WHEN h % 43 = 0 THEN 'V'
            WHEN h % 89 = 1 AND inv_dt < date '2025-01-01' THEN 'W'
            WHEN h % 31 = 3 THEN 'O'
            WHEN inv_dt + delay > date '2025-11-30' THEN CASE WHEN split THEN 'I' ELSE 'O' END
            ELSE 'P' END
FROM f;

-- ---------------------------------------------------------------- pymt (payments and refunds)
CREATE TABLE pymt (
    pymt_id  integer PRIMARY KEY,
    inv_id   integer NOT NULL REFERENCES inv_hdr (inv_id),
    pymt_ts  timestamp NOT NULL,
    amt_gbp  numeric(9,2) NOT NULL,
    mthd_cd  char(2) NOT NULL,
    rfnd_flg char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE pymt IS 'Money received against invoices; refunds are negative rows';
COMMENT ON COLUMN pymt.amt_gbp IS 'amount received, GBP; negative for a refund';
COMMENT ON COLUMN pymt.mthd_cd IS 'CD = card, CA = cash, BT = bank transfer, IN = paid by pet insurer, GV = gift voucher';
COMMENT ON COLUMN pymt.rfnd_flg IS 'Y = refund paid back to the client, N = payment';

INSERT INTO pymt (pymt_id, inv_id, pymt_ts, amt_gbp, mthd_cd, rfnd_flg)
WITH f AS (
    SELECT i.*, h,
           tot_amt_gbp >= 400 AND h % 3 = 0 AS split,
           h % 10 < 7 AS desk,
           CASE WHEN tot_amt_gbp >= 400 AND h % 3 = 0 THEN 10 + h % 35 WHEN h % 10 < 7 THEN 0 ELSE 3 + h % 40 END AS delay
    FROM inv_hdr i CROSS JOIN LATERAL (SELECT (i.inv_id * 7919) % 1000 AS h) x
), p AS (
    -- paid in one go
    SELECT inv_id, inv_dt + delay AS d, tot_amt_gbp AS amt,
           CASE WHEN desk THEN CASE WHEN h % 97 = 11 THEN 'GV' WHEN h % 10 = 6 THEN 'CA' ELSE 'CD' END
                ELSE CASE WHEN h % 4 = 0 THEN 'IN' ELSE 'BT' END END AS mthd,
           'N' AS rfnd, h
    FROM f WHERE stat_cd = 'P' AND tot_amt_gbp > 0 AND NOT split
    UNION ALL  -- insurance claims: the client pays the 99.00 excess at the desk...
    SELECT inv_id, inv_dt, 99.00, 'CD', 'N', h FROM f WHERE split AND stat_cd IN ('P', 'I')
    UNION ALL  -- ...and the insurer pays the rest later
    SELECT inv_id, inv_dt + delay, tot_amt_gbp - 99.00, 'IN', 'N', h FROM f WHERE split AND stat_cd = 'P'
    UNION ALL  -- part-payments on outstanding invoices
    SELECT inv_id, inv_dt, round(tot_amt_gbp / 2, 2), 'CD', 'N', h FROM f WHERE stat_cd = 'O' AND h % 31 = 3 AND h % 2 = 0
    UNION ALL  -- voided invoices that had been paid, then refunded
    SELECT inv_id, inv_dt, tot_amt_gbp, 'CD', 'N', h FROM f WHERE stat_cd = 'V' AND h % 2 = 1
    UNION ALL
    SELECT inv_id, least(inv_dt + 2, date '2025-11-30'), -tot_amt_gbp, 'CD', 'Y', h FROM f WHERE stat_cd = 'V' AND h % 2 = 1
)
SELECT row_number() OVER (ORDER BY d, inv_id, amt DESC), inv_id,
       d + interval '9 hours' + ((h * 7) % 540) * interval '1 minute' + CASE WHEN rfnd = 'Y' THEN interval '30 minutes' ELSE interval '0' END,
       amt, mthd, rfnd
FROM p;
