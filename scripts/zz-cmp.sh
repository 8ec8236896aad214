# zz-cmp.sh save|diff : per-id verdict + in-bounds on tuning parts (+ old sets)
F="test/fixtures/corpus/*-tuning.yaml test/fixtures/descriptions/tuning.yaml test/fixtures/descriptions/second-set.yaml"
npm run build >/dev/null 2>&1
node scripts/score-corpus.mjs --json $F | node -e '
const s=JSON.parse(require("fs").readFileSync(0,"utf8"));
const miss=new Set(s.misses);
console.log(s.withinPct.toFixed(2),"P",s.precision.toFixed(3),"R",s.recall.toFixed(3),"g@scam",s.genuineAtScam,"low",s.scamsBelowFloor,"high",s.genuineAboveMax);
for (const id of s.misses) console.log("MISS",id);' > /tmp/cmp.$1
if [ "$1" = diff ]; then head -1 /tmp/cmp.save; head -1 /tmp/cmp.diff; diff <(tail -n +2 /tmp/cmp.save) <(tail -n +2 /tmp/cmp.diff); fi
