# The scale part's seed (docs/benchmarks.md, "At the scale of a ministry"): empties the register, the simulations and
# the stored evaluations of the database SCALE_DB (a database of its own, migrated by one start of the PostgreSQL
# package), then stores N evaluations by one COPY: the answered permit-timeout examples' inputs in turn, for one
# partner key, and an admin key for simulate.py.   usage: SCALE_DB=scale python3 seed.py 100000
import hashlib, json, os, sys, uuid, subprocess, io
n = int(sys.argv[1])
ex = []
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../examples/permit-timeout')
for f in sorted(os.listdir(d)):
    j = json.load(open(os.path.join(d, f)))
    if j.get('expected', {}).get('status', 200) == 200:
        inp = j['input']
        ex.append((json.dumps(inp, ensure_ascii=False), inp.get('asOf', '2024-06-01')))
key = str(uuid.uuid4())
psql = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', os.environ.get('SCALE_DB', 'scale'), '-q', '-v', 'ON_ERROR_STOP=1']
subprocess.run(psql + ['-c', "TRUNCATE simulation_item, simulation, register_case, evaluation_record CASCADE;"
    + f"INSERT INTO api_key VALUES ('{key}', 'scale', 'PARTNER', 'scale-org', '{uuid.uuid4().hex}{uuid.uuid4().hex}', now(), null);"
    + f"INSERT INTO api_key VALUES ('{uuid.uuid4()}', 'scale admin', 'ADMIN', 'admin', '{hashlib.sha256(b'scale-admin-key-37').hexdigest()}', now(), null) ON CONFLICT (key_hash) DO NOTHING"], check=True)
buf = io.StringIO()
def esc(s): return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
for i in range(n):
    inp, asof = ex[i % len(ex)]
    buf.write('\t'.join([str(uuid.uuid4()), 'permit-timeout', asof, 'X', 'seed', key, 'scale-org', esc(inp), '{}', 'ko', '2026-12-01 00:00:00+09']) + '\n')
subprocess.run(psql + ['-c', "COPY evaluation_record (id, domain, as_of, outcome, rule_set_version, caller_key_id, organization, input_json, output_json, language, created_at) FROM STDIN"], input=buf.getvalue().encode(), check=True)
print('seeded', n, 'from', len(ex), 'examples')
