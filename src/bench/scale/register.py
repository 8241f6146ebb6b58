# The scale part's register (docs/benchmarks.md, "At the scale of a ministry"): empties SCALE_DB's register, stores
# N open permit cases by one COPY (the answered permit-timeout examples' facts in turn, PENDING, last judged
# 2024-01-01), starts a PostgreSQL package by its launcher (-Xmx256m), which judges them again at start, and prints
# the cases a second (from the service listening to the run's log line), the peak resident set and the live
# heap half-way (a class histogram).   usage: SCALE_DB=scale python3 register.py target/pg-app 100000 after
import hashlib, io, json, os, re, subprocess, sys, time, urllib.request, uuid
app, n, label = os.path.abspath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
db = os.environ.get('SCALE_DB', 'scale')
os.makedirs('target/scale', exist_ok=True)
psql = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-q', '-v', 'ON_ERROR_STOP=1']
d = 'examples/permit-timeout'
facts = []
for f in sorted(os.listdir(d)):
    j = json.load(open(os.path.join(d, f)))
    if j.get('expected', {}).get('status', 200) == 200:
        inp = dict(j['input'])
        inp.pop('asOf', None)
        facts.append(json.dumps(inp, ensure_ascii=False).replace('\\', '\\\\'))
subprocess.run(psql + ['-c', "TRUNCATE simulation_item, simulation, register_case CASCADE"], check=True)
buf = io.StringIO()
for i in range(n):
    f = facts[i % len(facts)]
    buf.write('\t'.join([str(uuid.uuid4()), 'permit-timeout', '1', 'scale-org', f'scale case {i}', 'applicant',
                         'authority', f, f, 'PENDING', '\\N', '2024-01-01', '\\N', '2026-12-01 00:00:00+09',
                         '2026-12-01 00:00:00+09']) + '\n')
subprocess.run(psql + ['-c', "COPY register_case (id, domain, version, organization, title, applicant, "
                       "permitting_authority, initial_facts_json, facts_json, outcome, key_date, evaluated_as_of, "
                       "evaluation_id, created_at, updated_at) FROM STDIN"], input=buf.getvalue().encode(), check=True)
print('seeded', n, 'open cases', flush=True)
env = dict(os.environ, CHECKER_RULES_DIR=os.path.abspath('rules'), CHECKER_DATA_DIR=os.path.abspath('target/scale/data'),
           CHECKER_DB_URL='jdbc:postgresql://127.0.0.1:5432/' + db, CHECKER_DB_USER='postgres', CHECKER_CLASS_DATA='off',
           JAVA_OPTS='-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=18739')
logname = f'target/scale/{label}.log'
p = subprocess.Popen([os.path.join(app, 'policy-checker')], env=env, stdout=open(logname, 'w'), stderr=subprocess.STDOUT)
def status(f):
    return int(re.search(r'^' + f + r':\s+(\d+)', open(f'/proc/{p.pid}/status').read(), re.M).group(1)) // 1024
t_start, t_first, half_heap, peak, done_line = time.time(), None, None, 0, None
try:
    while time.time() - t_start < 1800:
        log = open(logname).read()
        m = re.search(r'daily re-evaluation as of \S+: (\d+) cases, (\d+) changed', log)
        if m:
            done_line = m
            break
        try:
            with urllib.request.urlopen('http://127.0.0.1:18739/q/health/ready', timeout=10) as r:
                body = r.read().decode()
        except Exception as e:
            body = getattr(e, 'read', lambda: b'')().decode() if hasattr(e, 'read') else ''
        if t_first is None and 'Listening on' in log:
            t_first = time.time()
        pr = re.search(r'(\d+) of (\d+) open cases', body)
        if pr:
            if half_heap is None and int(pr.group(1)) >= int(pr.group(2)) / 2:
                h = subprocess.run(['jcmd', str(p.pid), 'GC.class_histogram'], capture_output=True, text=True).stdout
                open(f'target/scale/{label}-histogram.txt', 'w').write(h)
                hm = re.search(r'Total\s+\d+\s+(\d+)', h)
                half_heap = int(hm.group(1)) / 1048576 if hm else None
        peak = max(peak, status('VmRSS'))
        time.sleep(0.5)
    t_end = time.time()
    hwm = status('VmHWM')
    first = t_first or t_start
    cases = int(done_line.group(1)) if done_line else 0
    print(f"{label}: {cases} cases, {done_line and done_line.group(2)} changed, run {t_end-first:.1f}s"
          f" (from listening; {t_end-t_start:.1f}s from launch), {cases/(t_end-first):.0f} cases/s,"
          f" peak RSS {hwm} MB, live heap half-way {half_heap and round(half_heap,1)} MB", flush=True)
finally:
    p.terminate(); p.wait()
