-- A dev set's database, made up on 2026-12-01 and written before the parser ever read it, to measure
-- understanding on words and a schema it was not fitted to: a company's HR and projects. Some keys are
-- declared, others only by naming convention (project.dept_id, timesheet.*); employee.manager_id is a
-- nullable self-reference; job_posting has a free-text `department` column beside the department table;
-- full names repeat (employees 1-8 and 113-120); employees 101-120 have no assignment; office 5 has no
-- department; only 'done' projects have an end date. Deterministic.
create table office (office_id int primary key, city text, country text, opened_year int);
insert into office values (1, 'Berlin', 'Germany', 2009), (2, 'Lisbon', 'Portugal', 2015), (3, 'Toronto', 'Canada', 2012),
                          (4, 'Austin', 'United States', 2018), (5, 'Osaka', 'Japan', 2021);

create table department (dept_id int primary key, dept_name text, office_id int references office, budget numeric(12,2));
insert into department values (1, 'Engineering', 1, 2400000), (2, 'Sales', 4, 1300000), (3, 'Marketing', 2, 900000),
                              (4, 'Finance', 1, 700000), (5, 'Support', 2, 650000), (6, 'Research', 3, 1800000),
                              (7, 'Legal', 4, 500000), (8, 'Design', 3, 750000);

create table employee (emp_id int primary key, first_name text, last_name text, email text, dept_id int references department,
                       manager_id int, hire_date date, salary numeric(10,2), is_remote boolean);
insert into employee
select i, fn, ln,
       lower(fn) || '.' || lower(ln) || i || '@' || case when i % 9 = 0 then 'contractors.acme.io' else 'acme.io' end,
       1 + (i * 3) % 8,
       case when i <= 8 then null else 1 + (i * 13) % (i - 1) end,
       date '2012-03-01' + (i * 37) % 4700,
       42000 + (i * 1733) % 98000,
       i % 4 = 0 or i % 7 = 0
from (select i,
             (array['Anna', 'Ben', 'Chloe', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kenji', 'Laura', 'Marco', 'Nora'])[1 + (i * 3) % 14] fn,
             (array['Schmidt', 'Silva', 'Brown', 'Tanaka', 'Garcia', 'Novak', 'Keller', 'Moreau', 'Rossi', 'Lee', 'Murphy', 'Costa', 'Weber', 'Khan', 'Ito', 'Dubois'])[1 + (i * 5) % 16] ln
      from generate_series(1, 120) i) s;

create table project (project_id int primary key, project_title text, dept_id int, start_date date, end_date date, status text);
insert into project
select j, title, case when j % 7 = 0 then 1 else 1 + (j * 5) % 8 end, start_date, case when status = 'done' then start_date + 60 + (j * 17) % 300 end, status
from (select j,
             (array['Atlas', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper'])[1 + (j - 1) % 10] || ' ' ||
             (array['Migration', 'Portal', 'Audit'])[1 + (j - 1) / 10] title,
             date '2021-01-04' + (j * 53) % 1400 start_date,
             (array['active', 'done', 'paused', 'done', 'active'])[1 + (j * 3) % 5] status
      from generate_series(1, 30) j) s;

create table assignment (emp_id int references employee, project_id int references project, role text, hours_per_week int,
                         primary key (emp_id, project_id));
insert into assignment
select 1 + (k * 7) % 100, 1 + (k * 11) % 30, (array['developer', 'lead', 'analyst', 'tester', 'designer'])[1 + k % 5], 4 + (k * 3) % 33
from generate_series(1, 160) k;

create table timesheet (ts_id int, emp_id int, project_id int, work_date date, hours numeric(4,1));
insert into timesheet
select t, 1 + (k * 7) % 100, 1 + (k * 11) % 30, date '2024-01-01' + (t * 29) % 700, 1 + ((t * 7) % 16) / 2.0
from (select t, 1 + (t * 13) % 160 k from generate_series(1, 400) t) s;

create table job_posting (posting_id int, title text, department text, office_id int, posted_on date,
                          salary_min numeric(10,2), salary_max numeric(10,2), is_open boolean);
insert into job_posting
select p, (array['Junior ', '', 'Senior '])[1 + p % 3] || (array['Backend Engineer', 'Account Executive', 'Product Designer', 'Recruiter', 'Data Scientist'])[1 + p % 5],
       (array['Engineering', 'Sales', 'Design', 'People Ops', 'Research'])[1 + p % 5], 1 + (p * 2) % 5, date '2025-01-06' + (p * 11) % 330,
       40000 + (p * 2300) % 50000, 40000 + (p * 2300) % 50000 + 15000 + (p * 900) % 20000, p % 3 <> 0
from generate_series(1, 25) p;
