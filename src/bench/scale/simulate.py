# The scale part's simulation (docs/benchmarks.md, "At the scale of a ministry"): starts a PostgreSQL package by its
# launcher (-Xmx256m) on SCALE_DB, asks for a simulation of the permit time-out moved from 60 to 90 days over every
# stored evaluation (seed.py), and prints items a second from the 202 to DONE, the resident set before and at its
# peak, and the live heap half-way (a class histogram, kept beside the log under target/scale).
#   usage: SCALE_DB=scale python3 simulate.py target/pg-app after-100k
import json, os, subprocess, sys, time, urllib.request, re, uuid
app, label = os.path.abspath(sys.argv[1]), sys.argv[2]
os.makedirs('target/scale', exist_ok=True)
key = 'scale-admin-key-37'
env = dict(os.environ, CHECKER_RULES_DIR=os.path.abspath('rules'), CHECKER_DATA_DIR=os.path.abspath('target/scale/data'),
           CHECKER_DB_URL='jdbc:postgresql://127.0.0.1:5432/' + os.environ.get('SCALE_DB', 'scale'), CHECKER_DB_USER='postgres',
           CHECKER_BOOTSTRAP_ADMIN_API_KEY=key, CHECKER_CLASS_DATA='off', CHECKER_DAILY_JOB_AT_START='false',
           JAVA_OPTS='-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=18738 -Dchecker.daily-job.at-start=false')
log = open(f'target/scale/{label}.log', 'w')
p = subprocess.Popen([os.path.join(app, 'policy-checker')], env=env, stdout=log, stderr=subprocess.STDOUT)
base = 'http://127.0.0.1:18738'
def req(method, path, body=None):
    r = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                               headers={'X-API-Key': key, 'Content-Type': 'application/json'})
    with urllib.request.urlopen(r, timeout=60) as resp:
        return resp.status, resp.read().decode()
for _ in range(600):
    if 'Listening on' in open(f'target/scale/{label}.log').read(): break
    time.sleep(0.2)
def status(f):
    return int(re.search(r'^' + f + r':\s+(\d+)', open(f'/proc/{p.pid}/status').read(), re.M).group(1)) // 1024
try:
    v = json.loads(req('GET', '/api/v1/rulesets')[1])['version']
    path = 'permit-timeout/permit-timeout.drl'
    drl = req('GET', f'/api/v1/rulesets/versions/{v}/files/{path}')[1]
    assert 'periods.expiry($c.requestDate(), 60,' in drl
    body = {'changes': {path: drl.replace('periods.expiry($c.requestDate(), 60,', 'periods.expiry($c.requestDate(), 90,')},
            'scope': {'registers': False, 'evaluations': True, 'examples': False}}
    rss_before = status('VmRSS')
    t0 = time.time()
    code, text = req('POST', '/api/v1/rulesets/simulations', body)
    sim = json.loads(text)['id']
    t_acc = time.time()
    peak, half_heap = 0, None
    while True:
        s = json.loads(req('GET', f'/api/v1/rulesets/simulations/{sim}')[1])
        peak = max(peak, status('VmRSS'))
        pr = s.get('progress', {})
        if half_heap is None and pr.get('total') and pr.get('done', 0) >= pr['total'] / 2 and s['status'] == 'RUNNING':
            h = subprocess.run(['jcmd', str(p.pid), 'GC.class_histogram'], capture_output=True, text=True).stdout
            open(f'target/scale/{label}-histogram.txt', 'w').write(h)
            m = re.search(r'Total\s+\d+\s+(\d+)', h)
            half_heap = int(m.group(1)) / 1048576 if m else None
        if s['status'] != 'RUNNING': break
        time.sleep(0.5)
    t_end = time.time()
    hwm = status('VmHWM')
    print(f"{label}: {s['status']} evaluated={s.get('evaluated')} changed={s.get('changed')} accept={t_acc-t0:.1f}s run={t_end-t_acc:.1f}s "
          f"items/s={s.get('evaluated',0)/(t_end-t_acc):.0f} rss_before={rss_before}MB peak_rss_sampled={peak}MB VmHWM={hwm}MB live_heap_half={half_heap and round(half_heap,1)}MB", flush=True)
finally:
    p.terminate(); p.wait()
