-- Made-up schema: the maintenance and operations records of one city tram depot (lines worked
-- from the depot, the tram fleet, drivers, duty sheets, fault reports, work orders / job cards,
-- the spare-parts catalogue and parts issued from stores). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS part_issue;
DROP TABLE IF EXISTS part;
DROP TABLE IF EXISTS work_order;
DROP TABLE IF EXISTS fault_rpt;
DROP TABLE IF EXISTS duty;
DROP TABLE IF EXISTS driver;
DROP TABLE IF EXISTS vehicle;
DROP TABLE IF EXISTS line;

-- ---------------------------------------------------------------- line (tram routes)
CREATE TABLE line (
    line_no     varchar(3) PRIMARY KEY,
    line_desc   text NOT NULL,
    route_km    numeric(4,1) NOT NULL,
    night_only  boolean NOT NULL DEFAULT false,
    opened_on   date,
    closed_on   date
);
COMMENT ON TABLE line IS 'Tram lines worked from this depot';
COMMENT ON COLUMN line.line_desc IS 'termini, as shown on the timetable';
COMMENT ON COLUMN line.route_km IS 'one-way route length, km';
COMMENT ON COLUMN line.opened_on IS 'first day of service; NULL = opened before our records start';
COMMENT ON COLUMN line.closed_on IS 'last day of service; NULL = still running';

INSERT INTO line (line_no, line_desc, route_km, night_only, opened_on, closed_on) VALUES
    ('1',  'Central Stn - Northgate',        9.4, false, NULL,              NULL),
    ('2',  'Central Stn - University',       7.8, false, NULL,              NULL),
    ('4',  'Riverside - Old Market',         5.1, false, NULL,              date '2024-06-30'),
    ('6',  'Harbour - Eastfield',           11.2, false, NULL,              NULL),
    ('9',  'Northgate - City Hospital',      6.6, false, NULL,              NULL),
    ('11', 'University - Westpark',          8.9, false, NULL,              NULL),
    ('15', 'Central Stn - Airport Road',    12.5, false, date '2024-09-02', NULL),
    ('N2', 'Northgate - Harbour (night)',   13.0, true,  NULL,              NULL);

-- ---------------------------------------------------------------- vehicle (trams)
CREATE TABLE vehicle (
    fleet_no     smallint PRIMARY KEY,
    model_cd     varchar(6) NOT NULL,
    builder      text NOT NULL,
    built_yr     smallint NOT NULL,
    in_svc_dt    date NOT NULL,
    low_floor    boolean NOT NULL,
    seats        smallint NOT NULL,
    standing     smallint NOT NULL,
    status_cd    char(1) NOT NULL,
    wdrn_dt      date,
    last_ovh_dt  date
);
COMMENT ON TABLE vehicle IS 'Tram fleet allocated to the depot';
COMMENT ON COLUMN vehicle.fleet_no IS 'fleet number painted on the tram';
COMMENT ON COLUMN vehicle.model_cd IS 'KT4D = Tatra KT4D articulated (high floor), T6A2 = Tatra T6A2 single car (high floor), NGT8 = 8-axle 100% low-floor articulated';
COMMENT ON COLUMN vehicle.in_svc_dt IS 'date the tram entered passenger service here';
COMMENT ON COLUMN vehicle.standing IS 'rated standing capacity (4 pax per m2)';
COMMENT ON COLUMN vehicle.status_cd IS 'A = active, R = reserve (serviceable spare), S = stored unserviceable, W = withdrawn';
COMMENT ON COLUMN vehicle.wdrn_dt IS 'date withdrawn from service for good; NULL unless status W';
COMMENT ON COLUMN vehicle.last_ovh_dt IS 'date of the last heavy overhaul; NULL = never overhauled';

INSERT INTO vehicle (fleet_no, model_cd, builder, built_yr, in_svc_dt, low_floor, seats, standing, status_cd, wdrn_dt, last_ovh_dt) VALUES
    (201, 'KT4D', 'CKD Tatra', 1986, date '1986-11-03', false, 34, 122, 'W', date '2024-03-31', date '2012-05-14'),
    (202, 'KT4D', 'CKD Tatra', 1986, date '1986-11-03', false, 34, 122, 'A', NULL,              date '2016-09-02'),
    (203, 'KT4D', 'CKD Tatra', 1987, date '1987-04-21', false, 34, 122, 'W', date '2024-11-15', date '2013-02-11'),
    (204, 'KT4D', 'CKD Tatra', 1987, date '1987-04-21', false, 34, 122, 'A', NULL,              date '2019-03-25'),
    (205, 'KT4D', 'CKD Tatra', 1987, date '1987-06-08', false, 34, 122, 'S', NULL,              date '2014-10-06'),
    (206, 'KT4D', 'CKD Tatra', 1987, date '1987-06-08', false, 34, 122, 'A', NULL,              date '2020-01-13'),
    (207, 'KT4D', 'CKD Tatra', 1988, date '1988-02-15', false, 34, 122, 'R', NULL,              date '2015-07-20'),
    (208, 'KT4D', 'CKD Tatra', 1988, date '1988-02-15', false, 34, 122, 'A', NULL,              date '2021-06-07'),
    (209, 'KT4D', 'CKD Tatra', 1988, date '1988-05-30', false, 34, 122, 'A', NULL,              date '2017-11-27'),
    (210, 'KT4D', 'CKD Tatra', 1989, date '1989-03-13', false, 34, 122, 'A', NULL,              date '2022-04-04'),
    (211, 'KT4D', 'CKD Tatra', 1989, date '1989-03-13', false, 34, 122, 'A', NULL,              date '2018-08-20'),
    (212, 'KT4D', 'CKD Tatra', 1990, date '1990-01-22', false, 34, 122, 'A', NULL,              date '2023-02-27'),
    (301, 'T6A2', 'CKD Tatra', 1998, date '1998-09-14', false, 26, 104, 'A', NULL,              date '2020-10-19'),
    (302, 'T6A2', 'CKD Tatra', 1998, date '1998-09-14', false, 26, 104, 'R', NULL,              NULL),
    (303, 'T6A2', 'CKD Tatra', 1998, date '1998-10-05', false, 26, 104, 'A', NULL,              date '2021-03-08'),
    (304, 'T6A2', 'CKD Tatra', 1998, date '1998-10-05', false, 26, 104, 'A', NULL,              date '2023-09-11'),
    (305, 'T6A2', 'CKD Tatra', 1999, date '1999-04-12', false, 26, 104, 'A', NULL,              date '2022-01-17'),
    (306, 'T6A2', 'CKD Tatra', 1999, date '1999-04-12', false, 26, 104, 'A', NULL,              NULL),
    (307, 'T6A2', 'CKD Tatra', 1999, date '1999-06-28', false, 26, 104, 'A', NULL,              date '2024-05-06'),
    (308, 'T6A2', 'CKD Tatra', 1999, date '1999-06-28', false, 26, 104, 'A', NULL,              date '2019-12-02'),
    (401, 'NGT8', 'Vossloh Kiepe / Solaris', 2019, date '2019-10-01', true, 56, 150, 'A', NULL, NULL),
    (402, 'NGT8', 'Vossloh Kiepe / Solaris', 2019, date '2019-10-01', true, 56, 150, 'A', NULL, NULL),
    (403, 'NGT8', 'Vossloh Kiepe / Solaris', 2019, date '2019-11-18', true, 56, 150, 'A', NULL, NULL),
    (404, 'NGT8', 'Vossloh Kiepe / Solaris', 2019, date '2019-11-18', true, 56, 150, 'A', NULL, NULL),
    (405, 'NGT8', 'Vossloh Kiepe / Solaris', 2021, date '2021-03-22', true, 56, 150, 'A', NULL, NULL),
    (406, 'NGT8', 'Vossloh Kiepe / Solaris', 2021, date '2021-03-22', true, 56, 150, 'A', NULL, NULL),
    (407, 'NGT8', 'Vossloh Kiepe / Solaris', 2021, date '2021-05-10', true, 56, 150, 'A', NULL, NULL),
    (408, 'NGT8', 'Vossloh Kiepe / Solaris', 2021, date '2021-05-10', true, 56, 150, 'A', NULL, NULL),
    (409, 'NGT8', 'Vossloh Kiepe / Solaris', 2023, date '2023-05-15', true, 56, 150, 'A', NULL, NULL),
    (410, 'NGT8', 'Vossloh Kiepe / Solaris', 2023, date '2023-06-12', true, 56, 150, 'R', NULL, NULL);

-- ---------------------------------------------------------------- driver
CREATE TABLE driver (
    drv_id      integer PRIMARY KEY,
    staff_no    varchar(6) NOT NULL UNIQUE,
    surname     text NOT NULL,
    given_nm    text NOT NULL,
    grade       char(1) NOT NULL,
    hired_dt    date NOT NULL,
    lic_exp_dt  date NOT NULL,
    left_dt     date,
    mobile      varchar(16)
);
COMMENT ON TABLE driver IS 'Tram drivers on the depot roster (current and former)';
COMMENT ON COLUMN driver.staff_no IS 'personnel number from HR';
COMMENT ON COLUMN driver.grade IS 'T = trainee, D = driver, I = driving instructor';
COMMENT ON COLUMN driver.lic_exp_dt IS 'expiry date of the tram driving licence';
COMMENT ON COLUMN driver.left_dt IS 'last day of employment; NULL = still employed';

INSERT INTO driver (drv_id, staff_no, surname, given_nm, grade, hired_dt, lic_exp_dt, left_dt, mobile)
SELECT g,
       'D' || (1000 + g * 17)::text,
       (ARRAY['Novak','Kowalski','Horvat','Schmidt','Dvořák','Weber','Nagy','Müller','Kovač','Fischer',
              'Wagner','Svoboda','Becker','Jansen','Černý','Lange','Vogel','Krüger','Hoffmann','Bauer',
              'Szabó','Zieliński','Richter','Wolf','Procházka','Keller','Lehmann','Marek','Brandt','Pokorný',
              'Schulz','Kaiser','Fuchs','Hahn','Sommer','Wójcik','Peters','Jung','Horák','Berger'])[g],
       (ARRAY['Jan','Anna','Petr','Eva','Tomas','Marta','Karel','Ilse','Lukas','Jana',
              'Stefan','Olga','Martin','Sabine','Pavel','Ute','Milan','Katrin','Josef','Zofia'])[1 + (g * 3) % 20],
       CASE WHEN g >= 37 THEN 'T' WHEN g % 9 = 0 AND g <= 32 THEN 'I' ELSE 'D' END,
       CASE WHEN g <= 32 THEN date '2004-02-02' + (g * 211) % 6500
            ELSE date '2024-01-15' + (g - 33) * 71 END,
       date '2025-10-01' + (g * 97) % 1600,
       CASE g WHEN 5 THEN date '2025-03-31' WHEN 18 THEN date '2024-08-15' WHEN 27 THEN date '2025-09-30' END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE '+420 6' || lpad(((g * 7919 * 131 + 4567) % 100000000)::text, 8, '0') END
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- duty (driver duty sheets)
CREATE TABLE duty (
    duty_id    integer PRIMARY KEY,
    duty_dt    date NOT NULL,
    line_no    varchar(3) NOT NULL REFERENCES line (line_no),
    fleet_no   smallint NOT NULL REFERENCES vehicle (fleet_no),
    drv_id     integer NOT NULL REFERENCES driver (drv_id),
    shift_cd   char(1) NOT NULL,
    sign_on    timestamp NOT NULL,
    sign_off   timestamp,
    km_run     numeric(5,1),
    remarks    text
);
COMMENT ON TABLE duty IS 'Duty sheets keyed in by the depot office: which driver took which tram out on which line';
COMMENT ON COLUMN duty.duty_dt IS 'operating day (a night duty belongs to the day it signs on)';
COMMENT ON COLUMN duty.shift_cd IS 'E = early, M = middle, L = late, N = night';
COMMENT ON COLUMN duty.sign_on IS 'depot clock time the driver signed on';
COMMENT ON COLUMN duty.sign_off IS 'depot clock time the driver signed off; NULL = sign-off missing on the sheet';
COMMENT ON COLUMN duty.km_run IS 'km the tram ran on this duty (odometer out/in); NULL = odometer not read';

INSERT INTO duty (duty_id, duty_dt, line_no, fleet_no, drv_id, shift_cd, sign_on, sign_off, km_run, remarks)
WITH c AS (
    SELECT g,
           date '2023-01-02' + (g * 367) % 1060 AS d,
           (ARRAY['1','2','4','6','9','11','15','N2'])[1 + (g * 5) % 8] AS cand_line,
           (ARRAY[201,202,203,204,205,206,207,208,209,210,211,212,301,302,303,304,305,306,307,308,
                  401,402,403,404,405,406,407,408,409,410])[1 + (g * 11) % 30] AS cand_fleet,
           1 + (g * 7) % 36 AS cand_drv
    FROM generate_series(1, 220) AS g
), r AS (
    SELECT c.g, c.d,
           CASE WHEN c.cand_line = '4' AND c.d > date '2024-06-30' THEN '6'
                WHEN c.cand_line = '15' AND c.d < date '2024-09-02' THEN '11'
                ELSE c.cand_line END AS line_no,
           CASE WHEN v.in_svc_dt > c.d OR v.wdrn_dt < c.d THEN 401 + c.g % 8 ELSE c.cand_fleet END AS fleet_no,
           CASE WHEN dr.hired_dt > c.d OR dr.left_dt < c.d THEN (ARRAY[2,3,4,6])[1 + c.g % 4] ELSE c.cand_drv END AS drv_id
    FROM c
    JOIN vehicle v ON v.fleet_no = c.cand_fleet
    JOIN driver dr ON dr.drv_id = c.cand_drv
), s AS (
    SELECT r.*, l.route_km,
           CASE WHEN r.line_no = 'N2' THEN 'N' ELSE (ARRAY['E','M','L'])[1 + r.g % 3] END AS shift_cd
    FROM r JOIN line l ON l.line_no = r.line_no
), t AS (
    SELECT s.*,
           s.d + CASE s.shift_cd WHEN 'E' THEN time '04:40' WHEN 'M' THEN time '09:25'
                                 WHEN 'L' THEN time '14:50' ELSE time '23:05' END
               + (s.g % 4) * interval '10 minutes' AS sign_on
    FROM s
)
SELECT g, d, line_no, fleet_no, drv_id, shift_cd, sign_on,
       CASE WHEN g % 47 = 0 THEN NULL ELSE sign_on + interval '8 hours' + (g % 6) * interval '7 minutes' END,
       CASE WHEN g % 23 = 0 THEN NULL
            ELSE round(route_km * 2 * CASE WHEN shift_cd = 'N' THEN 3 ELSE 5 + g % 3 END + 3.2 + (g % 10) / 10.0, 1) END,
       CASE WHEN g % 29 = 0 THEN 'late off depot'
            WHEN g % 31 = 0 THEN 'tram swapped mid-duty'
            WHEN g % 37 = 0 THEN 'diverted - track works' END
FROM t;

-- ---------------------------------------------------------------- fault_rpt (defects reported)
CREATE TABLE fault_rpt (
    fault_id   integer PRIMARY KEY,
    fleet_no   smallint NOT NULL REFERENCES vehicle (fleet_no),
    rptd_at    timestamptz NOT NULL,
    rptd_by    integer REFERENCES driver (drv_id),
    duty_id    integer REFERENCES duty (duty_id),
    sys_cd     varchar(4) NOT NULL,
    sev        smallint NOT NULL,
    svc_loss   boolean NOT NULL DEFAULT false,
    descr      text
);
COMMENT ON TABLE fault_rpt IS 'Defects reported on trams, by drivers in service or found by depot staff';
COMMENT ON COLUMN fault_rpt.rptd_by IS 'driver who reported the fault; NULL = found by depot staff (inspection / exam)';
COMMENT ON COLUMN fault_rpt.duty_id IS 'duty during which it was reported; NULL when found in the depot';
COMMENT ON COLUMN fault_rpt.sys_cd IS 'BRK = brakes, DOOR = doors, PANT = pantograph / current collection, TRAC = traction & motors, HVAC = heating / ventilation, PIS = passenger information & displays, BOG = bogies / wheels, BODY = body, glass & interior';
COMMENT ON COLUMN fault_rpt.sev IS '1 = withdraw from service at once, 2 = repair within 24 h, 3 = can wait for the next scheduled exam';
COMMENT ON COLUMN fault_rpt.svc_loss IS 'true when the fault caused lost service (tram taken off the line mid-duty)';

INSERT INTO fault_rpt (fault_id, fleet_no, rptd_at, rptd_by, duty_id, sys_cd, sev, svc_loss, descr)
WITH b AS (
    SELECT g,
           CASE WHEN g % 3 <> 0 THEN 1 + (g * 7) % 220 END AS duty_id,
           (ARRAY['DOOR','BRK','DOOR','PANT','TRAC','HVAC','PIS','DOOR','BOG','BODY'])[1 + (g * 3) % 10] AS sys_cd
    FROM generate_series(1, 120) AS g
), depot AS (
    SELECT b.g,
           (ARRAY[201,202,203,204,205,206,207,208,209,210,211,212,301,302,303,304,305,306,307,308,
                  201,204,206,209,212,401,403,405,407,409])[1 + (b.g * 13) % 30] AS cand_fleet,
           timestamptz '2023-01-05 06:30:00+00' + ((b.g * 211) % 1050) * interval '1 day' + (b.g % 9) * interval '1 hour' AS at
    FROM b WHERE b.duty_id IS NULL
), f AS (
    SELECT b.g, b.duty_id, b.sys_cd,
           coalesce(d.fleet_no, CASE WHEN v.in_svc_dt > (dp.at AT TIME ZONE 'UTC')::date OR v.wdrn_dt < (dp.at AT TIME ZONE 'UTC')::date THEN 401 + b.g % 8 ELSE dp.cand_fleet END) AS fleet_no,
           coalesce((d.sign_on AT TIME ZONE 'UTC') + (1 + b.g % 6) * interval '1 hour' + (b.g * 7 % 50) * interval '1 minute', dp.at) AS rptd_at,
           d.drv_id AS rptd_by,
           CASE WHEN b.sys_cd IN ('BRK','BOG') AND b.g % 2 = 0 THEN 1
                WHEN b.sys_cd IN ('TRAC','PANT') AND b.g % 3 = 0 THEN 1
                WHEN b.sys_cd IN ('PIS','BODY','HVAC') THEN CASE WHEN b.g % 5 = 0 THEN 2 ELSE 3 END
                WHEN b.g % 4 = 0 THEN 3
                ELSE 2 END AS sev
    FROM b
    LEFT JOIN duty d ON d.duty_id = b.duty_id
    LEFT JOIN depot dp ON dp.g = b.g
    LEFT JOIN vehicle v ON v.fleet_no = dp.cand_fleet
)
SELECT g, fleet_no, rptd_at, rptd_by, duty_id, sys_cd, sev,
       duty_id IS NOT NULL AND (sev = 1 OR (sev = 2 AND g % 4 = 1)),
       CASE WHEN g % 13 = 0 THEN NULL
            ELSE CASE sys_cd
                 WHEN 'DOOR' THEN (ARRAY['door 2 not closing','door 4 obstruction sensor fault','door 1 slow to open'])[1 + g % 3]
                 WHEN 'BRK'  THEN (ARRAY['track brake not releasing','brakes grabbing at low speed'])[1 + g % 2]
                 WHEN 'PANT' THEN (ARRAY['pantograph arcing','pantograph will not raise'])[1 + g % 2]
                 WHEN 'TRAC' THEN (ARRAY['loss of traction, motor 2','traction converter trip'])[1 + g % 2]
                 WHEN 'HVAC' THEN (ARRAY['saloon heating not working','cab fan noisy'])[1 + g % 2]
                 WHEN 'PIS'  THEN (ARRAY['destination blind blank','stop announcements missing'])[1 + g % 2]
                 WHEN 'BOG'  THEN (ARRAY['wheel flat, bogie B','bogie damper leaking'])[1 + g % 2]
                 ELSE (ARRAY['cracked side window','graffiti on seats','torn seat cover'])[1 + g % 3] END END
FROM f;

-- ---------------------------------------------------------------- work_order (job cards)
CREATE TABLE work_order (
    wo_no      integer PRIMARY KEY,
    fleet_no   smallint NOT NULL REFERENCES vehicle (fleet_no),
    fault_id   integer REFERENCES fault_rpt (fault_id),
    wo_type    char(1) NOT NULL,
    exam_lvl   char(1),
    opened_at  timestamptz NOT NULL,
    closed_at  timestamptz,
    wo_status  char(1) NOT NULL,
    pit_road   smallint,
    labour_hrs numeric(5,1)
);
COMMENT ON TABLE work_order IS 'Depot work orders (job cards): fault repairs and scheduled exams';
COMMENT ON COLUMN work_order.fault_id IS 'fault being repaired; NULL for scheduled exams';
COMMENT ON COLUMN work_order.wo_type IS 'C = corrective (fault repair), P = planned (scheduled exam)';
COMMENT ON COLUMN work_order.exam_lvl IS 'for P only: A = 10-day safety check, B = 3-monthly exam, C = annual exam; NULL on corrective jobs';
COMMENT ON COLUMN work_order.wo_status IS 'O = open, W = waiting for parts, C = closed (work done), X = cancelled';
COMMENT ON COLUMN work_order.closed_at IS 'when the job was closed or cancelled; NULL while O or W';
COMMENT ON COLUMN work_order.pit_road IS 'inspection pit road (1-6) the tram was booked onto; NULL = not booked yet';
COMMENT ON COLUMN work_order.labour_hrs IS 'fitter hours booked to the job so far';

INSERT INTO work_order (wo_no, fleet_no, fault_id, wo_type, exam_lvl, opened_at, closed_at, wo_status, pit_road, labour_hrs)
WITH corr AS (
    SELECT f.fault_id AS g, f.fleet_no, f.fault_id, 'C'::char(1) AS wo_type, NULL::char(1) AS exam_lvl, f.sev,
           f.rptd_at + CASE f.sev WHEN 1 THEN interval '20 minutes' WHEN 2 THEN interval '3 hours' ELSE interval '2 days' END
                     + (f.fault_id % 5) * interval '10 minutes' AS opened_at
    FROM fault_rpt f
    WHERE f.fault_id % 11 <> 0                               -- a few faults never got a job card
), corr_s AS (
    SELECT corr.*,
           CASE WHEN opened_at >= timestamptz '2025-10-01 00:00:00+00' THEN CASE WHEN g % 2 = 0 THEN 'O' ELSE 'W' END
                WHEN g % 17 = 0 THEN 'W'
                WHEN g % 23 = 0 AND sev = 3 THEN 'O'
                WHEN g % 19 = 0 THEN 'X'
                ELSE 'C' END AS wo_status
    FROM corr
), plan AS (
    SELECT k,
           CASE WHEN v.in_svc_dt > (o.opened_at AT TIME ZONE 'UTC')::date OR v.wdrn_dt < (o.opened_at AT TIME ZONE 'UTC')::date THEN 401 + k % 8 ELSE o.cand_fleet END AS fleet_no,
           CASE WHEN k % 10 = 0 THEN 'C' WHEN k % 3 = 0 THEN 'B' ELSE 'A' END AS exam_lvl,
           o.opened_at
    FROM (
        SELECT k,
               (ARRAY[201,202,203,204,205,206,207,208,209,210,211,212,301,302,303,304,305,306,307,308,
                      401,402,403,404,405,406,407,408,409,410])[1 + (k * 7) % 30] AS cand_fleet,
               timestamptz '2023-01-09 07:00:00+00' + ((k - 1) * 13 + (k * 7) % 11) * interval '1 day' AS opened_at
        FROM generate_series(1, 80) AS k
    ) o
    JOIN vehicle v ON v.fleet_no = o.cand_fleet
), plan_s AS (
    SELECT plan.*,
           CASE WHEN opened_at >= timestamptz '2025-10-20 00:00:00+00' THEN 'O'
                WHEN k % 37 = 0 THEN 'W'
                ELSE 'C' END AS wo_status
    FROM plan
), allwo AS (
    SELECT 1 AS src, g AS n, fleet_no, fault_id, wo_type, exam_lvl, opened_at, wo_status,
           CASE wo_status
                WHEN 'C' THEN opened_at + CASE sev WHEN 1 THEN 3 + (g * 7) % 20 WHEN 2 THEN 6 + (g * 5) % 40
                                                   ELSE 24 + (g * 13) % 200 END * interval '1 hour'
                WHEN 'X' THEN opened_at + interval '2 hours' END AS closed_at,
           CASE WHEN wo_status = 'O' AND g % 4 = 0 THEN NULL ELSE 1 + g % 6 END AS pit_road,
           CASE wo_status WHEN 'C' THEN round(1 + (g * 7) % 9 + (g % 4) * 0.5, 1)
                          WHEN 'W' THEN CASE WHEN g % 3 = 0 THEN NULL ELSE 1.5 END
                          WHEN 'O' THEN NULL
                          ELSE 0 END AS labour_hrs
    FROM corr_s
    UNION ALL
    SELECT 2, k, fleet_no, NULL, 'P', exam_lvl, opened_at, wo_status,
           CASE wo_status WHEN 'C' THEN opened_at + CASE exam_lvl WHEN 'A' THEN (4 + k % 3) * interval '1 hour'
                                                                  WHEN 'B' THEN (18 + (k % 5) * 2) * interval '1 hour'
                                                                  ELSE (5 + k % 4) * interval '1 day' END END,
           1 + k % 6,
           CASE WHEN wo_status = 'O' THEN NULL
                ELSE CASE exam_lvl WHEN 'A' THEN 3 + (k % 3) * 0.5 WHEN 'B' THEN 12 + k % 7 ELSE 60 + (k * 3) % 25 END END
    FROM plan_s
)
SELECT 1000 + row_number() OVER (ORDER BY opened_at, src, n), fleet_no, fault_id, wo_type, exam_lvl,
       opened_at, closed_at, wo_status, pit_road, labour_hrs
FROM allwo;

-- ---------------------------------------------------------------- part (stores catalogue)
CREATE TABLE part (
    part_no    varchar(10) PRIMARY KEY,
    part_desc  text NOT NULL,
    sys_cd     varchar(4),
    uom        varchar(3) NOT NULL,
    unit_cost  numeric(9,2) NOT NULL,
    min_stock  smallint NOT NULL DEFAULT 0,
    supplier   text
);
COMMENT ON TABLE part IS 'Spare parts and consumables stocked by depot stores';
COMMENT ON COLUMN part.sys_cd IS 'system the part belongs to (same codes as fault_rpt.sys_cd); NULL = general consumable';
COMMENT ON COLUMN part.uom IS 'unit of issue: EA = each, SET = set, M = metre, L = litre, KG = kilogram';
COMMENT ON COLUMN part.unit_cost IS 'standard cost per unit of issue, EUR';
COMMENT ON COLUMN part.min_stock IS 're-order level, in units of issue';

INSERT INTO part (part_no, part_desc, sys_cd, uom, unit_cost, min_stock, supplier) VALUES
    ('BRK-BLK01',  'brake block, composite',            'BRK',  'EA',    38.50, 40, 'Cofren'),
    ('BRK-PAD02',  'disc brake pad set',                'BRK',  'SET',  212.00,  6, 'Knorr-Bremse'),
    ('BRK-MTB03',  'magnetic track brake shoe',         'BRK',  'EA',   145.00,  8, 'Knorr-Bremse'),
    ('BRK-VLV04',  'brake solenoid valve',              'BRK',  'EA',   389.00,  2, 'Knorr-Bremse'),
    ('DOOR-MTR01', 'door drive motor',                  'DOOR', 'EA',   940.00,  3, 'IFE'),
    ('DOOR-SEN02', 'door edge sensor strip',            'DOOR', 'M',     64.00, 10, 'IFE'),
    ('DOOR-RUB03', 'door leaf rubber seal',             'DOOR', 'M',     18.40, 20, NULL),
    ('DOOR-BTN04', 'passenger door push button',        'DOOR', 'EA',    27.90, 12, NULL),
    ('PANT-CRB01', 'pantograph carbon strip',           'PANT', 'EA',    96.00, 16, 'Schunk'),
    ('PANT-SPR02', 'pantograph lift spring',            'PANT', 'EA',   158.00,  4, 'Schunk'),
    ('PANT-INS03', 'roof insulator',                    'PANT', 'EA',   210.00,  4, NULL),
    ('TRAC-BRS01', 'traction motor carbon brush set',   'TRAC', 'SET',  175.00,  6, 'Skoda Electric'),
    ('TRAC-IGB02', 'IGBT power module',                 'TRAC', 'EA',  2450.00,  1, 'Skoda Electric'),
    ('TRAC-CON03', 'line contactor',                    'TRAC', 'EA',   620.00,  2, 'Skoda Electric'),
    ('HVAC-FLT01', 'saloon heater / vent air filter',   'HVAC', 'EA',    12.80, 60, NULL),
    ('HVAC-FAN02', 'heater fan motor',                  'HVAC', 'EA',   305.00,  3, 'Hispacold'),
    ('HVAC-THR03', 'cab thermostat',                    'HVAC', 'EA',    48.00,  4, 'Hispacold'),
    ('PIS-DSP01',  'LED destination display',           'PIS',  'EA',  1320.00,  1, 'Buse'),
    ('PIS-SPK02',  'saloon loudspeaker',                'PIS',  'EA',    54.00,  6, 'Buse'),
    ('BOG-WHL01',  'resilient wheel tyre',              'BOG',  'EA',  1890.00,  4, 'Bochumer Verein'),
    ('BOG-DMP02',  'bogie damper',                      'BOG',  'EA',   430.00,  4, NULL),
    ('BODY-GLS01', 'side window glass',                 'BODY', 'EA',   265.00,  4, NULL),
    ('BODY-STC02', 'seat cushion cover',                'BODY', 'EA',    41.50, 20, NULL),
    ('BODY-MIR03', 'exterior mirror',                   'BODY', 'EA',   189.00,  2, NULL),
    ('GEN-GRS01',  'flange grease',                     NULL,   'KG',     9.60, 25, 'Rail-Lube'),
    ('GEN-OIL02',  'gearbox oil',                       NULL,   'L',      7.20, 50, 'Rail-Lube'),
    ('GEN-SND03',  'sanding sand, dried',               NULL,   'KG',     0.85, 500, NULL),
    ('GEN-CLN04',  'windscreen wash concentrate',       NULL,   'L',      3.10, 20, NULL);

-- ---------------------------------------------------------------- part_issue (stores issues)
CREATE TABLE part_issue (
    issue_id   integer PRIMARY KEY,
    wo_no      integer NOT NULL REFERENCES work_order (wo_no),
    part_no    varchar(10) NOT NULL REFERENCES part (part_no),
    qty        numeric(7,2) NOT NULL,
    issued_dt  date NOT NULL,
    storeman   varchar(3)
);
COMMENT ON TABLE part_issue IS 'Spare parts issued from depot stores against work orders';
COMMENT ON COLUMN part_issue.qty IS 'quantity in the part''s unit of issue; negative = unused part returned to stores';
COMMENT ON COLUMN part_issue.storeman IS 'initials of the storeman; NULL = self-service issue out of hours';

INSERT INTO part_issue (issue_id, wo_no, part_no, qty, issued_dt, storeman)
WITH pp AS (
    SELECT part_no, sys_cd, uom,
           row_number() OVER (PARTITION BY sys_cd ORDER BY part_no) AS rn,
           count(*) OVER (PARTITION BY sys_cd) AS cnt
    FROM part
    WHERE sys_cd IS NOT NULL AND part_no NOT IN ('TRAC-IGB02', 'BRK-VLV04', 'BODY-MIR03')
), corr AS (
    SELECT w.wo_no, pp.part_no,
           CASE pp.uom WHEN 'M' THEN 1.5 + w.wo_no % 3 WHEN 'SET' THEN 1
                       ELSE CASE WHEN pp.part_no = 'BRK-BLK01' THEN 4 ELSE 1 + (w.wo_no % 5 = 0)::int END END AS qty,
           (w.opened_at AT TIME ZONE 'UTC')::date + (k - 1) AS issued_dt
    FROM work_order w
    JOIN fault_rpt f ON f.fault_id = w.fault_id
    CROSS JOIN generate_series(1, 1 + w.wo_no % 2) AS k
    JOIN pp ON pp.sys_cd = f.sys_cd AND pp.rn = 1 + (w.wo_no * 3 + k) % pp.cnt
    WHERE w.wo_type = 'C' AND (w.wo_status = 'C' OR (w.wo_status = 'W' AND k = 1))
), plan AS (
    SELECT w.wo_no, x.part_no, x.qty, (w.opened_at AT TIME ZONE 'UTC')::date AS issued_dt
    FROM work_order w
    JOIN (VALUES ('B', 'BRK-BLK01', 4.0), ('B', 'GEN-GRS01', 2.5),
                 ('C', 'BRK-BLK01', 8.0), ('C', 'PANT-CRB01', 2.0), ('C', 'HVAC-FLT01', 6.0),
                 ('C', 'GEN-OIL02', 12.0), ('C', 'GEN-GRS01', 4.0)) AS x (lvl, part_no, qty)
      ON x.lvl = w.exam_lvl
    WHERE w.wo_type = 'P' AND w.wo_status IN ('C', 'W')
), a_sand AS (
    SELECT w.wo_no, 'GEN-SND03'::varchar(10) AS part_no, 25.0 AS qty, (w.opened_at AT TIME ZONE 'UTC')::date AS issued_dt
    FROM work_order w
    WHERE w.wo_type = 'P' AND w.exam_lvl = 'A' AND w.wo_status = 'C' AND w.wo_no % 3 = 0
), issued AS (
    SELECT *, row_number() OVER (ORDER BY issued_dt, wo_no, part_no) AS rn
    FROM (SELECT * FROM corr UNION ALL SELECT * FROM plan UNION ALL SELECT * FROM a_sand) u
), with_returns AS (
    SELECT wo_no, part_no, qty, issued_dt, rn, 0 AS is_ret FROM issued
    UNION ALL
    SELECT wo_no, part_no, -CASE WHEN qty >= 2 THEN floor(qty / 2) ELSE qty END, issued_dt + 2, rn, 1
    FROM issued WHERE rn % 14 = 0
)
SELECT row_number() OVER (ORDER BY issued_dt, rn, is_ret),
       wo_no, part_no, qty, issued_dt,
       CASE WHEN rn % 10 = 7 THEN NULL ELSE (ARRAY['JK','MV','PH','JK','RS'])[1 + (rn * 3) % 5] END
FROM with_returns;
