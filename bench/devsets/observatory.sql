-- Made-up schema: a network of optical observatories (sites, telescopes, instruments, staff,
-- observing proposals, observing sessions, exposures / frames, weather closures, maintenance).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (sessions after it are only scheduled). All timestamps are UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS maint_log;
DROP TABLE IF EXISTS weather_closure;
DROP TABLE IF EXISTS exposure;
DROP TABLE IF EXISTS obs_session;
DROP TABLE IF EXISTS proposal;
DROP TABLE IF EXISTS instrument;
DROP TABLE IF EXISTS telescope;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS site;

-- ---------------------------------------------------------------- site
CREATE TABLE site (
    site_id   smallint PRIMARY KEY,
    site_cd   char(3) NOT NULL UNIQUE,
    site_nm   text NOT NULL,
    cntry_cd  char(2) NOT NULL,
    elev_m    integer NOT NULL,
    lat_deg   numeric(8,5) NOT NULL,
    lon_deg   numeric(8,5) NOT NULL,
    opened_dt date,
    stat_cd   char(1) NOT NULL
);
COMMENT ON TABLE site IS 'Observing sites of the network: a mountain top hosting one or more telescopes';
COMMENT ON COLUMN site.cntry_cd IS 'ISO 3166 country code';
COMMENT ON COLUMN site.elev_m IS 'elevation above sea level, metres';
COMMENT ON COLUMN site.lat_deg IS 'latitude, degrees; negative = south';
COMMENT ON COLUMN site.lon_deg IS 'longitude, degrees east of Greenwich; negative = west';
COMMENT ON COLUMN site.opened_dt IS 'date the site joined the network; NULL = not commissioned yet';
COMMENT ON COLUMN site.stat_cd IS 'A = active, M = mothballed (kept but not operated), C = under construction';

INSERT INTO site (site_id, site_cd, site_nm, cntry_cd, elev_m, lat_deg, lon_deg, opened_dt, stat_cd) VALUES
    (1,  'CPA', 'Cerro Pachón Annex',       'CL', 2715, -30.24070, -70.73660, '2009-04-01', 'A'),
    (2,  'LSR', 'La Silla Ridge',            'CL', 2400, -29.25890, -70.73170, '2004-10-15', 'A'),
    (3,  'MKN', 'Mauna Kea North',           'US', 4150,  19.82380, -155.46900, '2001-06-01', 'A'),
    (4,  'KPW', 'Kitt Peak West',            'US', 2096,  31.95830, -111.59670, '1998-03-20', 'A'),
    (5,  'RMS', 'Roque de los Muchachos',    'ES', 2396,  28.75720, -17.88500, '2006-09-12', 'A'),
    (6,  'TEO', 'Teide Outstation',          'ES', 2390,  28.30080, -16.51120, '2011-05-05', 'A'),
    (7,  'SUP', 'Sutherland Plateau',        'ZA', 1798, -32.37940,  20.81070, '2008-02-18', 'A'),
    (8,  'SSS', 'Siding Spring South',       'AU', 1165, -31.27330, 149.06110, '2003-11-03', 'A'),
    (9,  'DVH', 'Devasthal Hill',            'IN', 2450,  29.36080,  79.68470, '2016-03-30', 'A'),
    (10, 'MDR', 'Maidanak Ridge',            'UZ', 2593,  38.67330,  66.89640, '2013-07-22', 'A'),
    (11, 'XLS', 'Xinglong Station',          'CN',  960,  40.39330, 117.57500, '2012-10-09', 'A'),
    (12, 'HLK', 'Haleakalā Summit',          'US', 3055,  20.70770, -156.25690, '2005-01-14', 'A'),
    (13, 'SPM', 'San Pedro Mártir',          'MX', 2830,  31.04420, -115.46420, '2010-08-16', 'A'),
    (14, 'CAE', 'Calar Alto East',           'ES', 2168,  37.22360,  -2.54630, '2002-04-25', 'A'),
    (15, 'OHP', 'Haute-Provence Plateau',    'FR',  650,  43.93080,   5.71330, '1999-06-07', 'M'),
    (16, 'TBK', 'Bakırlıtepe',               'TR', 2500,  36.82450,  30.33570, '2014-09-01', 'A'),
    (17, 'MTJ', 'Mount John',                'NZ', 1029, -43.98670, 170.46500, '2000-02-11', 'M'),
    (18, 'LCR', 'Las Campanas Ridge',        'CL', 2380, -29.01460, -70.69260, '2007-12-03', 'A'),
    (19, 'ALI', 'Ali Plateau',               'CN', 5100,  32.32560,  80.02670, NULL,         'C'),
    (20, 'CJH', 'Chajnantor High',           'CL', 5640, -22.98630, -67.74210, NULL,         'C');

-- ---------------------------------------------------------------- staff (astronomers, operators, engineers)
CREATE TABLE staff (
    staff_id     integer PRIMARY KEY,
    full_nm      text NOT NULL,
    email        text,
    role_cd      char(2) NOT NULL,
    base_site_id smallint REFERENCES site (site_id),
    hire_dt      date NOT NULL,
    left_dt      date
);
COMMENT ON TABLE staff IS 'Everyone who observes, operates or maintains: astronomers, students, operators, engineers';
COMMENT ON COLUMN staff.role_cd IS 'AS = staff astronomer, PD = postdoctoral fellow, GS = graduate student, TO = telescope operator, EN = engineer / technician, VI = visiting astronomer';
COMMENT ON COLUMN staff.base_site_id IS 'site where the person is stationed; NULL = works remotely from headquarters';
COMMENT ON COLUMN staff.left_dt IS 'last working day; NULL = still with the network';

INSERT INTO staff (staff_id, full_nm, email, role_cd, base_site_id, hire_dt, left_dt)
SELECT g, fn || ' ' || ln,
       CASE WHEN g % 19 = 0 THEN NULL
            ELSE lower(left(fn, 1) || '.' || replace(ln, ' ', '')) || g || '@obsnet.example.org' END,
       CASE g % 8 WHEN 0 THEN 'AS' WHEN 3 THEN 'AS' WHEN 1 THEN 'PD' WHEN 2 THEN 'TO'
                  WHEN 5 THEN 'GS' WHEN 6 THEN 'VI' ELSE 'EN' END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE 1 + (g * 3) % 18 END,
       date '2010-01-04' + (g * 53) % 4000,
       CASE WHEN g % 11 = 0 THEN date '2023-03-31' + (g * 17) % 900 END
FROM (
    SELECT g,
           (ARRAY['Ana','Bruno','Chiara','Dmitri','Elif','Farid','Greta','Hiroshi','Ines','Jonas',
                  'Kavya','Lars','Mei','Nicolás','Olga','Pablo','Quynh','Rafael','Sanne','Tomás',
                  'Uma','Viktor','Wen','Yusuf','Zofia'])[1 + g % 25] AS fn,
           (ARRAY['Alvarez','Becker','Castillo','Dubois','Eriksen','Fujita','García','Haddad','Ivanova',
                  'Jensen','Kowalski','López','Moreau','Nakamura','Okafor','Petrov','Rossi','Schmidt',
                  'Tanaka','Van der Berg','Wójcik','Yilmaz','Zhang'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 80) AS g
) t;

-- ---------------------------------------------------------------- telescope
CREATE TABLE telescope (
    tel_id         integer PRIMARY KEY,
    site_id        smallint NOT NULL REFERENCES site (site_id),
    tel_nm         text NOT NULL,
    aperture_m     numeric(4,2) NOT NULL,
    mount_cd       char(2) NOT NULL,
    robotic_flg    boolean NOT NULL DEFAULT false,
    first_light_dt date,
    decomm_dt      date
);
COMMENT ON COLUMN telescope.aperture_m IS 'diameter of the primary mirror, metres';
COMMENT ON COLUMN telescope.mount_cd IS 'EQ = German equatorial, FK = equatorial fork, AZ = alt-azimuth';
COMMENT ON COLUMN telescope.robotic_flg IS 'true = can run unattended in queue mode';
COMMENT ON COLUMN telescope.first_light_dt IS 'NULL = has not seen first light yet';
COMMENT ON COLUMN telescope.decomm_dt IS 'date taken out of service; NULL = in service';

INSERT INTO telescope (tel_id, site_id, tel_nm, aperture_m, mount_cd, robotic_flg, first_light_dt, decomm_dt)
SELECT g, s.site_id,
       (ARRAY['Kestrel','Osprey','Heron','Merlin','Plover','Curlew','Avocet','Gannet','Petrel','Shrike',
              'Swift','Tern','Lapwing','Harrier','Egret','Dunlin','Godwit','Hobby','Kite','Linnet',
              'Bittern','Crane','Dipper','Eider','Falcon','Grebe','Ibis','Jacana','Kittiwake','Loon',
              'Martin','Nightjar','Oriole','Puffin','Quail','Redstart','Siskin','Thrush','Wagtail','Wren'])[g]
           || ' ' || to_char(ap, 'FM0.0') || 'm',
       ap,
       CASE WHEN ap >= 3 THEN 'AZ' WHEN g % 3 = 0 THEN 'FK' ELSE 'EQ' END,
       ap < 1.5 AND g % 2 = 1,
       CASE WHEN s.stat_cd = 'C' THEN NULL ELSE s.opened_dt + (g * 41) % 700 END,
       CASE WHEN s.stat_cd = 'M' THEN date '2022-06-30' + (g * 29) % 300 END
FROM (
    SELECT g,
           CASE WHEN g <= 36 THEN 1 + (g * 7) % 18 WHEN g = 37 THEN 19 WHEN g = 38 THEN 20 WHEN g = 39 THEN 3 ELSE 1 END AS site_id,
           (ARRAY[0.40, 0.60, 1.00, 1.20, 2.00, 0.50, 2.50, 0.80, 3.60, 1.50, 0.35, 4.10])[1 + (g * 5) % 12]::numeric(4,2) AS ap
    FROM generate_series(1, 40) AS g
) t
JOIN site s ON s.site_id = t.site_id;

-- ---------------------------------------------------------------- instrument
CREATE TABLE instrument (
    instr_id     integer PRIMARY KEY,
    tel_id       integer REFERENCES telescope (tel_id),
    instr_nm     text NOT NULL,
    instr_typ    char(3) NOT NULL,
    det_typ      varchar(4) NOT NULL,
    pix_scale_as numeric(5,3),
    commis_dt    date NOT NULL
);
COMMENT ON COLUMN instrument.tel_id IS 'telescope the instrument is mounted on now; NULL = in storage, off any telescope';
COMMENT ON COLUMN instrument.instr_typ IS 'IMG = imaging camera, SPC = spectrograph, PHO = high-speed photometer, POL = polarimeter';
COMMENT ON COLUMN instrument.det_typ IS 'CCD, CMOS or IR (infrared array)';
COMMENT ON COLUMN instrument.pix_scale_as IS 'plate scale, arcseconds per pixel; NULL for fibre-fed spectrographs';

INSERT INTO instrument (instr_id, tel_id, instr_nm, instr_typ, det_typ, pix_scale_as, commis_dt)
SELECT g, tel, nm || '-' || lpad(g::text, 2, '0'), typ,
       CASE WHEN typ = 'PHO' THEN 'CMOS' WHEN g % 9 = 4 THEN 'IR' ELSE 'CCD' END,
       CASE WHEN typ = 'SPC' AND g % 2 = 0 THEN NULL ELSE (0.150 + ((g * 37) % 90) / 100.0)::numeric(5,3) END,
       date '2012-03-01' + (g * 97) % 4300
FROM (
    SELECT g,
           CASE WHEN g <= 40 THEN g WHEN g <= 52 THEN 1 + ((g - 41) * 3) % 36 END AS tel,
           CASE WHEN g <= 40 THEN 'IMG'
                ELSE (ARRAY['SPC','POL','SPC','PHO','SPC','IMG'])[1 + g % 6] END AS typ,
           CASE WHEN g <= 40 THEN 'CAM'
                ELSE (ARRAY['SPEC','POLA','SPEC','FAST','SPEC','WIDE'])[1 + g % 6] END AS nm
    FROM generate_series(1, 60) AS g
) t;

-- ---------------------------------------------------------------- proposal (requests for observing time)
CREATE TABLE proposal (
    prop_id      integer PRIMARY KEY,
    prop_cd      varchar(10) NOT NULL UNIQUE,
    pi_id        integer NOT NULL REFERENCES staff (staff_id),
    title        text NOT NULL,
    semester     char(5) NOT NULL,
    sci_cat      char(3) NOT NULL,
    hrs_req      numeric(5,1) NOT NULL,
    hrs_alloc    numeric(5,1),
    tac_grade    char(1),
    too_flg      boolean NOT NULL DEFAULT false,
    submitted_at timestamptz NOT NULL
);
COMMENT ON TABLE proposal IS 'Observing proposals submitted to the time allocation committee (TAC), one per semester';
COMMENT ON COLUMN proposal.pi_id IS 'principal investigator (staff.staff_id)';
COMMENT ON COLUMN proposal.semester IS 'YYYYA = February to July, YYYYB = August to January of the next year';
COMMENT ON COLUMN proposal.sci_cat IS 'EXO = exoplanets, STE = stellar astrophysics, GAL = galaxies, SSB = solar system bodies, TRA = transients / time domain, COS = cosmology';
COMMENT ON COLUMN proposal.hrs_req IS 'telescope hours requested';
COMMENT ON COLUMN proposal.hrs_alloc IS 'telescope hours granted by the TAC; NULL = not reviewed yet (0 when rejected)';
COMMENT ON COLUMN proposal.tac_grade IS 'A = top priority, B = normal, C = filler (observed only if time remains), X = rejected; NULL = not reviewed yet';
COMMENT ON COLUMN proposal.too_flg IS 'target-of-opportunity: may interrupt scheduled sessions';

INSERT INTO proposal (prop_id, prop_cd, pi_id, title, semester, sci_cat, hrs_req, hrs_alloc, tac_grade, too_flg, submitted_at)
WITH p AS (
    SELECT g, (g - 1) / 24 AS k,
           (ARRAY['EXO','STE','GAL','SSB','TRA','COS'])[1 + (g * 5) % 6] AS cat,
           (4 + (g * 13) % 40 + (g % 3) * 0.5)::numeric(5,1) AS req,
           CASE WHEN (g - 1) / 24 = 4 THEN NULL
                ELSE (ARRAY['X','A','B','B','C','A','B'])[1 + g % 7] END AS grade
    FROM generate_series(1, 120) AS g
)
SELECT g,
       (ARRAY['2024A','2024B','2025A','2025B','2026A'])[k + 1] || '-' || lpad((g - k * 24)::text, 3, '0'),
       8 * (1 + (g * 3) % 9) + (ARRAY[3, 0, 1, 6, 3])[1 + g % 5],
       (ARRAY['Transit timing of','Radial-velocity follow-up of','Photometric monitoring of','Spectroscopy of',
              'Deep imaging of','Polarimetry of','Light curves of','A survey of'])[1 + g % 8] || ' ' ||
       CASE cat WHEN 'EXO' THEN 'warm Jupiters' WHEN 'STE' THEN 'eclipsing binaries' WHEN 'GAL' THEN 'dwarf galaxies'
                WHEN 'SSB' THEN 'near-Earth asteroids' WHEN 'TRA' THEN 'young supernovae' ELSE 'lensed quasars' END,
       (ARRAY['2024A','2024B','2025A','2025B','2026A'])[k + 1],
       cat, req,
       CASE grade WHEN 'A' THEN req WHEN 'B' THEN round(req * 0.7, 1) WHEN 'C' THEN round(req * 0.4, 1) WHEN 'X' THEN 0 END,
       grade,
       cat = 'TRA' AND g % 2 = 0,
       timestamptz '2023-09-04 10:00:00+00' + k * interval '6 months' + (g % 24) * interval '2 days'
           + ((g * 37) % 600) * interval '1 minute'
FROM p;

-- ---------------------------------------------------------------- obs_session (one telescope, one night)
CREATE TABLE obs_session (
    sess_id     integer PRIMARY KEY,
    prop_id     integer NOT NULL REFERENCES proposal (prop_id),
    tel_id      integer NOT NULL REFERENCES telescope (tel_id),
    observer_id integer REFERENCES staff (staff_id),
    night_dt    date NOT NULL,
    start_ts    timestamptz NOT NULL,
    end_ts      timestamptz,
    sess_stat   char(1) NOT NULL,
    seeing_as   numeric(4,2)
);
COMMENT ON TABLE obs_session IS 'Observing sessions: time given to a proposal on one telescope during one night';
COMMENT ON COLUMN obs_session.observer_id IS 'person at the telescope; NULL = robotic queue session with no human observer';
COMMENT ON COLUMN obs_session.night_dt IS 'local date of the evening the night began';
COMMENT ON COLUMN obs_session.start_ts IS 'planned or actual start, UTC';
COMMENT ON COLUMN obs_session.end_ts IS 'actual end, UTC; NULL = no end logged (still scheduled, or aborted without a log entry)';
COMMENT ON COLUMN obs_session.sess_stat IS 'S = scheduled (not observed yet), C = completed, P = partial (cut short), A = aborted (technical fault), W = lost to weather';
COMMENT ON COLUMN obs_session.seeing_as IS 'median seeing (FWHM) during the session, arcseconds; NULL = not measured';

INSERT INTO obs_session (sess_id, prop_id, tel_id, observer_id, night_dt, start_ts, end_ts, sess_stat, seeing_as)
WITH n AS (
    SELECT g, date '2024-02-01' + (g * 47) / 10 AS night_dt
    FROM generate_series(1, 150) AS g
), sem AS (
    SELECT n.*,
           extract(year FROM night_dt - interval '1 month')::int::text
           || CASE WHEN extract(month FROM night_dt) BETWEEN 2 AND 7 THEN 'A' ELSE 'B' END AS semester
    FROM n
), ap AS (   -- approved proposals, ranked inside their semester: filler (C) last
    SELECT prop_id, semester,
           row_number() OVER (PARTITION BY semester ORDER BY tac_grade, prop_id) AS r,
           count(*) OVER (PARTITION BY semester) AS n
    FROM proposal WHERE tac_grade IN ('A', 'B', 'C')
), tl AS (
    SELECT t.tel_id, t.robotic_flg, s.elev_m, row_number() OVER (ORDER BY t.tel_id) - 1 AS r, count(*) OVER () AS n
    FROM telescope t JOIN site s ON s.site_id = t.site_id
    WHERE t.first_light_dt IS NOT NULL AND t.decomm_dt IS NULL
), x AS (
    SELECT sem.*,
           (SELECT ap.prop_id FROM ap WHERE ap.semester = sem.semester
                AND ap.r = 1 + (sem.g * 5) % least(ap.n, 14)) AS prop_id,
           tl.tel_id, tl.robotic_flg, tl.elev_m,
           CASE WHEN night_dt > date '2025-11-30' THEN 'S'
                WHEN g % 13 = 0 THEN 'W'
                WHEN g % 17 = 0 THEN 'A'
                WHEN g % 5 = 0 THEN 'P'
                ELSE 'C' END AS st,
           (night_dt + time '22:00' + ((g * 37) % 180) * interval '1 minute') AT TIME ZONE 'UTC' AS st_ts
    FROM sem
    JOIN tl ON tl.r = CASE WHEN sem.g % 4 = 0 THEN (sem.g / 4) % 5 ELSE (sem.g * 11) % tl.n END
)
SELECT g, prop_id, tel_id,
       CASE WHEN robotic_flg AND g % 2 = 0 THEN NULL
            ELSE 8 * (1 + (g * 3) % 9) + (ARRAY[0, 1, 2, 3, 5])[1 + g % 5] END,
       night_dt, st_ts,
       CASE st WHEN 'C' THEN st_ts + (4 + g % 6) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute'
               WHEN 'P' THEN st_ts + (1 + g % 3) * interval '1 hour' + ((g * 7) % 60) * interval '1 minute'
               WHEN 'W' THEN st_ts + interval '25 minutes'
               WHEN 'A' THEN CASE WHEN g % 2 = 1 THEN st_ts + interval '40 minutes' END
       END,
       st,
       CASE WHEN st IN ('S', 'W') OR g % 9 = 0 THEN NULL
            ELSE round(0.45 + ((g * 37) % 110) / 100.0 + (4200 - elev_m) / 3500.0, 2) END
FROM x;

-- ---------------------------------------------------------------- exposure (frames written by an instrument)
CREATE TABLE exposure (
    frame_id    bigint PRIMARY KEY,
    sess_id     integer NOT NULL REFERENCES obs_session (sess_id),
    instr_id    integer NOT NULL REFERENCES instrument (instr_id),
    frame_typ   char(3) NOT NULL,
    filt_cd     varchar(2),
    exp_s       numeric(8,2) NOT NULL,
    airmass     numeric(4,3),
    qa_cd       char(1),
    obs_ts      timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL,
    file_mb     numeric(7,1) NOT NULL
);
COMMENT ON TABLE exposure IS 'Frames (single exposures) recorded during observing sessions and ingested into the archive';
COMMENT ON COLUMN exposure.frame_typ IS 'SCI = science, BIA = bias, DRK = dark, FLT = flat field, ARC = arc lamp (wavelength calibration)';
COMMENT ON COLUMN exposure.filt_cd IS 'U, B, V, R, I = broad-band filters, HA = H-alpha narrow band; NULL = no filter (spectra, bias and dark frames)';
COMMENT ON COLUMN exposure.exp_s IS 'exposure time, seconds (0 for bias frames)';
COMMENT ON COLUMN exposure.airmass IS 'airmass at mid-exposure; NULL for calibration frames taken with the dome closed';
COMMENT ON COLUMN exposure.qa_cd IS 'G = good, M = marginal (usable with care), B = bad (rejected by the pipeline); NULL = not assessed yet';
COMMENT ON COLUMN exposure.obs_ts IS 'start of the exposure, UTC';
COMMENT ON COLUMN exposure.ingested_at IS 'when the frame landed in the archive, UTC (frames keep arriving after the night)';
COMMENT ON COLUMN exposure.file_mb IS 'file size, megabytes';

INSERT INTO exposure (frame_id, sess_id, instr_id, frame_typ, filt_cd, exp_s, airmass, qa_cd, obs_ts, ingested_at, file_mb)
WITH s AS (
    SELECT sess_id, tel_id, start_ts, row_number() OVER (ORDER BY sess_id) - 1 AS r, count(*) OVER () AS n
    FROM obs_session WHERE sess_stat IN ('C', 'P')
), i AS (
    SELECT instr_id, tel_id, instr_typ,
           row_number() OVER (PARTITION BY tel_id ORDER BY instr_id) - 1 AS r, count(*) OVER (PARTITION BY tel_id) AS n
    FROM instrument WHERE tel_id IS NOT NULL
), f AS (
    SELECT g, s.sess_id, s.start_ts, i.instr_id, i.instr_typ,
           CASE WHEN i.instr_typ = 'SPC' THEN CASE WHEN g % 4 = 0 THEN 'ARC' ELSE 'SCI' END
                WHEN g % 10 = 0 THEN 'BIA' WHEN g % 10 = 1 THEN 'FLT' WHEN g % 10 = 2 THEN 'DRK'
                ELSE 'SCI' END AS typ
    FROM generate_series(1, 200) AS g
    JOIN s ON s.r = CASE WHEN g % 3 = 0 THEN (g * 5) % 40 ELSE (g * 7) % s.n END
    JOIN i ON i.tel_id = s.tel_id AND i.r = g % i.n
), q AS (
    SELECT f.*,
           CASE WHEN typ IN ('SCI', 'FLT') AND instr_typ <> 'SPC'
                THEN (ARRAY['U','B','V','R','I','HA','V','R'])[1 + (g * 3) % 8] END AS filt,
           start_ts + ((g % 7) * 23 + (g * 13) % 11) * interval '1 minute' + (g % 60) * interval '1 second' AS ts
    FROM f
)
SELECT 1000000 + g, sess_id, instr_id, typ, filt,
       CASE typ WHEN 'BIA' THEN 0 WHEN 'DRK' THEN 300 WHEN 'FLT' THEN 2 + g % 20 WHEN 'ARC' THEN 30
                ELSE 30 + (g * 37) % 1170 END,
       CASE WHEN typ IN ('BIA', 'DRK', 'ARC') THEN NULL ELSE (1.0 + ((g * 13) % 110) / 100.0)::numeric(4,3) END,
       CASE WHEN ts > timestamptz '2025-11-15 00:00:00+00' OR g % 23 = 0 THEN NULL
            WHEN g % 11 = 0 OR (filt = 'U' AND g % 3 <> 0) OR (filt = 'HA' AND g % 2 = 0) THEN 'B'
            WHEN g % 7 = 0 OR filt = 'I' AND g % 2 = 1 THEN 'M'
            ELSE 'G' END,
       ts,
       ts + (10 + (g * 7) % 300) * interval '1 minute' + (g % 13) * interval '1 second',
       CASE instr_typ WHEN 'SPC' THEN 8.2 WHEN 'PHO' THEN 2.1 WHEN 'POL' THEN 16.4 ELSE 32.5 END
           + CASE WHEN g % 5 = 0 THEN 32.5 ELSE 0 END
FROM q;

-- ---------------------------------------------------------------- weather_closure (dome closed for weather)
CREATE TABLE weather_closure (
    closure_id    integer PRIMARY KEY,
    site_id       smallint NOT NULL REFERENCES site (site_id),
    closed_at     timestamptz NOT NULL,
    reopened_at   timestamptz,
    reason_cd     char(2) NOT NULL,
    peak_wind_kmh numeric(5,1),
    logged_by     integer REFERENCES staff (staff_id)
);
COMMENT ON TABLE weather_closure IS 'Periods when the domes of a whole site were closed because of the weather';
COMMENT ON COLUMN weather_closure.reopened_at IS 'UTC; NULL = domes still closed';
COMMENT ON COLUMN weather_closure.reason_cd IS 'HU = humidity or fog, WI = high wind, CL = cloud, SN = snow or ice, DU = dust (calima), SM = smoke or volcanic ash';
COMMENT ON COLUMN weather_closure.peak_wind_kmh IS 'peak wind gust during the closure, km/h; NULL = anemometer not reporting';
COMMENT ON COLUMN weather_closure.logged_by IS 'operator who logged the closure (staff.staff_id)';

INSERT INTO weather_closure (closure_id, site_id, closed_at, reopened_at, reason_cd, peak_wind_kmh, logged_by)
WITH w AS (
    SELECT g,
           (ARRAY[3, 5, 12, 1, 3, 7, 5, 9, 2, 12, 3, 13, 6, 5, 14, 3, 16, 18, 4, 12, 8, 10, 11, 5, 3, 2])[1 + (g * 5) % 26] AS site_id,
           (ARRAY['HU','WI','CL','HU','SN','CL','WI','DU','HU','CL','SM'])[1 + (g * 3) % 11] AS reason,
           CASE WHEN g > 67 THEN timestamptz '2025-11-27 03:00:00+00' + (g - 67) * interval '19 hours'
                ELSE timestamptz '2024-01-05 02:00:00+00' + g * interval '10 days' + ((g * 7) % 24) * interval '1 hour' END AS closed_at
    FROM generate_series(1, 70) AS g
)
SELECT g, site_id, closed_at,
       CASE WHEN g > 67 THEN NULL
            ELSE closed_at + (CASE reason WHEN 'SN' THEN 30 + (g * 7) % 60 WHEN 'WI' THEN 2 + g % 9
                                          WHEN 'DU' THEN 20 + g % 30 ELSE 3 + (g * 13) % 20 END) * interval '1 hour'
                           + ((g * 11) % 60) * interval '1 minute' END,
       reason,
       CASE WHEN reason = 'WI' THEN 62 + (g * 7) % 41 + 0.5 * (g % 2)
            WHEN g % 4 = 0 THEN NULL
            ELSE 8 + (g * 3) % 35 END,
       8 * (1 + g % 9) + 2
FROM w;

-- ---------------------------------------------------------------- maint_log (maintenance jobs)
CREATE TABLE maint_log (
    mnt_id     integer PRIMARY KEY,
    tel_id     integer NOT NULL REFERENCES telescope (tel_id),
    instr_id   integer REFERENCES instrument (instr_id),
    tech_id    integer NOT NULL REFERENCES staff (staff_id),
    mnt_typ    char(1) NOT NULL,
    opened_dt  date NOT NULL,
    closed_dt  date,
    downtime_h numeric(6,1) NOT NULL DEFAULT 0,
    cost_eur   numeric(10,2),
    descr      text
);
COMMENT ON COLUMN maint_log.instr_id IS 'instrument worked on; NULL = work on the telescope or dome itself';
COMMENT ON COLUMN maint_log.tech_id IS 'engineer who did the job (staff.staff_id)';
COMMENT ON COLUMN maint_log.mnt_typ IS 'P = preventive (planned), C = corrective (repair after a fault), U = upgrade';
COMMENT ON COLUMN maint_log.closed_dt IS 'NULL = job still open';
COMMENT ON COLUMN maint_log.downtime_h IS 'observing hours lost because of the job';
COMMENT ON COLUMN maint_log.cost_eur IS 'parts and contractor cost, EUR; NULL = not invoiced yet';

INSERT INTO maint_log (mnt_id, tel_id, instr_id, tech_id, mnt_typ, opened_dt, closed_dt, downtime_h, cost_eur, descr)
WITH m AS (
    SELECT g,
           CASE WHEN g % 3 = 0 THEN 1 + (g / 3) % 6 ELSE 1 + (g * 7) % 36 END AS tel_id,
           CASE WHEN g % 4 = 0 THEN 'U' WHEN g % 4 = 2 THEN 'P' ELSE 'C' END AS typ,
           date '2024-01-10' + (g * 76) / 10 AS opened_dt
    FROM generate_series(1, 90) AS g
), c AS (
    SELECT m.*,
           CASE WHEN opened_dt > date '2025-11-10' OR g % 29 = 0 THEN NULL
                ELSE opened_dt + (CASE typ WHEN 'P' THEN 1 + g % 3 WHEN 'C' THEN 1 + (g * 3) % 20 ELSE 5 + (g * 7) % 30 END) END AS closed_dt
    FROM m
)
SELECT g, tel_id,
       CASE WHEN g % 3 = 1 AND tel_id <= 40 THEN tel_id END,
       8 * (1 + (g * 5) % 9) + CASE WHEN g % 2 = 0 THEN 4 ELSE 7 END,
       typ, opened_dt, closed_dt,
       CASE typ WHEN 'P' THEN 2 + g % 5 WHEN 'C' THEN 3 + (g * 11) % 70 + 0.5 * (g % 2) ELSE 12 + (g * 13) % 120 END,
       CASE WHEN closed_dt IS NULL THEN NULL
            WHEN typ = 'P' THEN 180 + (g * 37) % 400 + (g % 100) / 100.0
            WHEN typ = 'C' THEN 450 + (g * 53) % 4200 + (g % 100) / 100.0
            ELSE 6000 + (g * 211) % 30000 END,
       CASE typ WHEN 'P' THEN (ARRAY['mirror wash','lubricate drives','dome shutter check','recoat check'])[1 + g % 4]
                WHEN 'C' THEN (ARRAY['encoder fault','dome rotation stuck','CCD cooler failure','guider lost lock','filter wheel jam'])[1 + g % 5]
                ELSE (ARRAY['new detector controller','adaptive optics retrofit','dome control software upgrade'])[1 + g % 3] END
FROM c;
