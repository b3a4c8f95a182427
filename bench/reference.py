"""scikit-learn's side of the side-by-side bench (bench/sidebyside.ts runs it; not meant to be run by hand).

Usage: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 bench/reference.py DIR RUNS TASKS
DIR holds the matrices our bench encoded (X_train.npy, y_train.npy, X_test.npy, X_sub.npy, y_sub.npy),
so both sides fit the same numbers; TASKS is a comma-separated subset of the keys of TASKS below.
Every task runs RUNS times with no warm-up (a user's first fit is a cold one on both sides) and reports
wall (perf_counter) and CPU (process_time) seconds of every run. One JSON object on stdout.
"""
import json
import os
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier, VotingClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

warnings.filterwarnings('ignore', category=ConvergenceWarning)
warnings.filterwarnings('ignore', category=FutureWarning)

d, runs, wanted = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(',')
X = np.load(os.path.join(d, 'X_train.npy'))
y = np.load(os.path.join(d, 'y_train.npy')).astype(np.int64)
Xte = np.load(os.path.join(d, 'X_test.npy'))
Xs = np.load(os.path.join(d, 'X_sub.npy'))
ys = np.load(os.path.join(d, 'y_sub.npy')).astype(np.int64)


def vote():
    # the reference's soft vote (../shared/reference/common.py): LR + KNN + DT + SVC
    return VotingClassifier([('lr', LogisticRegression(max_iter=1000)), ('knn', KNeighborsClassifier()),
                             ('dt', DecisionTreeClassifier(random_state=42)),
                             ('svc', SVC(probability=True, random_state=42))], voting='soft')


# key: (make model, fit rows, what is timed). 'fit' times fit; 'predict' fits once untimed, then times
# predict_proba + predict on the 9,043 test rows.
TASKS = {
    'lr_fit': (lambda: LogisticRegression(max_iter=1000), 'full', 'fit'),
    'dt_fit': (lambda: DecisionTreeClassifier(random_state=42), 'full', 'fit'),
    'knn_predict': (lambda: KNeighborsClassifier(), 'full', 'predict'),
    'rf_fit': (lambda: RandomForestClassifier(n_estimators=100, random_state=42), 'full', 'fit'),
    'rf_predict': (lambda: RandomForestClassifier(n_estimators=100, random_state=42), 'full', 'predict'),
    'hgb_fit': (lambda: HistGradientBoostingClassifier(random_state=42), 'full', 'fit'),
    # predict cost does not depend on how far training went: 3 epochs give the same (100,) network shape
    'mlp_predict': (lambda: MLPClassifier(random_state=42, max_iter=3), 'full', 'predict'),
    'svm_fit': (lambda: SVC(probability=True, random_state=42), 'sub', 'fit'),
    'vote_fit': (vote, 'sub', 'fit'),
    'vote_predict': (vote, 'sub', 'predict'),
}


def clock(f):
    w, c = time.perf_counter(), time.process_time()
    f()
    return time.perf_counter() - w, time.process_time() - c


out = {'sklearn': sklearn.__version__, 'numpy': np.__version__, 'python': sys.version.split()[0],
       'threads': os.environ.get('OMP_NUM_THREADS'), 'tasks': {}}
try:
    from threadpoolctl import threadpool_info
    out['threadpools'] = [[p['internal_api'], p['num_threads']] for p in threadpool_info()]
except Exception:  # threadpoolctl is optional; OMP_NUM_THREADS already pins the pools
    pass
for key in wanted:
    make, rows, kind = TASKS[key]
    Xf, yf = (X, y) if rows == 'full' else (Xs, ys)
    wall, cpu = [], []
    if kind == 'fit':
        for _ in range(runs):
            m = make()
            w, c = clock(lambda: m.fit(Xf, yf))
            wall.append(w); cpu.append(c)
    else:
        m = make().fit(Xf, yf)
        for _ in range(runs):
            w, c = clock(lambda: (m.predict_proba(Xte), m.predict(Xte)))
            wall.append(w); cpu.append(c)
    out['tasks'][key] = {'wall_s': wall, 'cpu_s': cpu}
    print(f'{key}: cpu {[round(v, 3) for v in cpu]} wall {[round(v, 3) for v in wall]}', file=sys.stderr, flush=True)
print(json.dumps(out))
