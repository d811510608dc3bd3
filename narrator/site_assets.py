"""The CSS and JavaScript inlined into index.html (see narrator/site.py)."""

STYLE = """
:root{color-scheme:light dark;--bg:#f7f5f0;--card:#fff;--ink:#1d1d1f;--muted:#5d5d63;--line:#dedad2;
--accent:#0b5cad;--now:#fff1b8;--now-ink:#1d1d1f}
@media (prefers-color-scheme:dark){:root{--bg:#141416;--card:#1f1f23;--ink:#ececf0;--muted:#a5a5ad;
--line:#34343a;--accent:#7cb8ff;--now:#4a3f12;--now-ink:#fff6d6}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,audio:focus-visible,.cues:focus-visible{
outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.show,main,footer{max-width:68rem;margin:0 auto;padding:1rem}
.show{display:flex;gap:1.25rem;align-items:flex-start;padding-top:1.5rem}
.cover{width:160px;height:160px;border-radius:12px;flex:none;object-fit:cover;box-shadow:0 2px 10px #0003}
h1{margin:0;font-size:1.9rem;line-height:1.2}
.by{margin:.2rem 0;color:var(--muted)}
.subscribe{display:inline-block;background:var(--accent);color:var(--card);padding:.45rem .9rem;
border-radius:999px;text-decoration:none;font-weight:600}
.feed-url label{display:block;font-size:.9rem;color:var(--muted)}
.copy-row{display:flex;gap:.5rem;max-width:32rem}
.copy-row input{flex:1;min-width:0;font:inherit;font-size:.9rem;padding:.35rem .5rem;border:1px solid var(--line);
border-radius:6px;background:var(--card);color:var(--ink)}
button{font:inherit;cursor:pointer}
#copy-feed{padding:.35rem .9rem;border:1px solid var(--accent);border-radius:6px;background:none;color:var(--accent)}
.status{min-height:1.2em;margin:.2rem 0;font-size:.9rem;color:var(--muted)}
.episode{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:1rem 1.25rem;margin:0 0 1.25rem}
.episode h3{margin:0;font-size:1.3rem;line-height:1.3}
.meta{margin:.25rem 0 .75rem;color:var(--muted);font-size:.95rem}
audio{width:100%;display:block}
.body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.3fr);gap:1.25rem;margin-top:.75rem}
h4{margin:.75rem 0 .35rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.notes>p:first-child{margin-top:0}
.chapters ol{list-style:none;margin:0;padding:0}
.chapters a{display:grid;grid-template-columns:3.4em 1fr;padding:.3rem .4rem;border-radius:6px;text-decoration:none}
.chapters a:hover{background:var(--bg)}
.chapters a[aria-current]{background:var(--now);color:var(--now-ink)}
.t{font-variant-numeric:tabular-nums;color:var(--muted)}
.transcript h4{margin-top:0}
.cues{list-style:none;margin:0;padding:.25rem;max-height:22rem;overflow-y:auto;position:relative;
border:1px solid var(--line);border-radius:10px;background:var(--bg)}
.cues:empty{display:none}
.cues li{padding:.35rem .5rem;border-radius:6px;cursor:pointer}
.cues li:hover{background:var(--card)}
.cues li.now{background:var(--now);color:var(--now-ink)}
.who{display:block;font-size:.8rem;font-weight:700;color:var(--accent)}
.cues li.now .who{color:inherit}
.cues li.same:not(.now) .who{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.cues:not(:empty)+.fallback{font-size:.85rem}
.download{font-size:.9rem}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:.85rem}
@media (max-width:700px){.show{flex-direction:column}.cover{width:120px;height:120px}
.body{grid-template-columns:1fr}.cues{max-height:16rem}.episode{padding:1rem}h1{font-size:1.6rem}}
"""

# Plain ES2017, no libraries.  The transcript is read from the episode's WebVTT
# file (speaker from its <v Name> tag) and the cue being played is highlighted
# and scrolled into view inside the transcript box, never moving the page.
SCRIPT = r"""
(function () {
  "use strict";
  var reduceMotion = window.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches;

  function seconds(stamp) {
    var p = stamp.trim().split(":").map(Number), s = 0;
    for (var i = 0; i < p.length; i++) s = s * 60 + p[i];
    return s;
  }
  function clock(t) {
    t = Math.round(t);
    var h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60;
    return (h ? h + ":" + String(m).padStart(2, "0") : m) + ":" + String(s).padStart(2, "0");
  }
  function unescapeVtt(s) {
    return s.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&nbsp;/g, "\u00a0").replace(/&lrm;|&rlm;/g, "").replace(/&amp;/g, "&");
  }
  function parseVtt(text) {
    var cues = [];
    text.replace(/\r\n?/g, "\n").split(/\n{2,}/).forEach(function (block) {
      var lines = block.split("\n"), i = lines.findIndex(function (l) { return l.indexOf("-->") >= 0; });
      if (i < 0) return;
      var times = lines[i].split("-->"), payload = lines.slice(i + 1).join("\n");
      var voice = /<v(?:\.[^\s>]*)?\s+([^>]*)>/.exec(payload);
      cues.push({start: seconds(times[0]), end: seconds(times[1].trim().split(/\s+/)[0]),
                 who: voice ? unescapeVtt(voice[1]).trim() : "", text: unescapeVtt(payload).trim()});
    });
    return cues;
  }

  function setUp(episode) {
    var audio = episode.querySelector("audio"), list = episode.querySelector(".cues");
    var chapters = Array.prototype.slice.call(episode.querySelectorAll(".chapters a[data-t]"));
    var cues = [], items = [], current = -1, userScrolled = 0;

    function seek(t) {
      audio.currentTime = t;
      var playing = audio.play();
      if (playing && playing.catch) playing.catch(function () {});
    }
    chapters.forEach(function (a) {
      a.addEventListener("click", function (ev) { ev.preventDefault(); seek(parseFloat(a.dataset.t)); });
    });

    function update() {
      var t = audio.currentTime, found = -1;
      if (audio.paused && t === 0) t = -1;  // nothing is "playing" before the first play
      for (var i = 0; i < cues.length; i++) if (cues[i].start <= t && t < cues[i].end) { found = i; break; }
      if (found !== current) {
        if (current >= 0) { items[current].classList.remove("now"); items[current].removeAttribute("aria-current"); }
        current = found;
        if (found >= 0) {
          var li = items[found];
          li.classList.add("now");
          li.setAttribute("aria-current", "true");
          if (Date.now() - userScrolled > 4000) {
            list.scrollTo({top: li.offsetTop - list.clientHeight / 3, behavior: reduceMotion ? "auto" : "smooth"});
          }
        }
      }
      var chapter = -1;
      chapters.forEach(function (a, i) { if (t >= 0 && parseFloat(a.dataset.t) <= t + 0.05) chapter = i; });
      chapters.forEach(function (a, i) {
        if (i === chapter) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
      });
    }
    ["timeupdate", "seeked", "play"].forEach(function (type) { audio.addEventListener(type, update); });
    audio.addEventListener("play", function () {
      document.querySelectorAll("audio").forEach(function (other) { if (other !== audio) other.pause(); });
    });

    if (!list) return;
    ["wheel", "touchmove"].forEach(function (type) {
      list.addEventListener(type, function () { userScrolled = Date.now(); }, {passive: true});
    });
    list.addEventListener("click", function (ev) {
      var li = ev.target.closest("li");
      if (li && !window.getSelection().toString()) seek(cues[items.indexOf(li)].start);
    });
    fetch(list.dataset.src).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (text) {
      cues = parseVtt(text);
      items = cues.map(function (cue, i) {
        var li = document.createElement("li"), who = document.createElement("span");
        // A continuing speaker's name is for screen readers and the playing cue only.
        if (i > 0 && cues[i - 1].who === cue.who) li.className = "same";
        who.className = "who";
        who.textContent = cue.who;
        li.title = "Play from " + clock(cue.start);
        li.appendChild(who);
        li.appendChild(document.createTextNode(cue.text));
        list.appendChild(li);
        return li;
      });
      update();
    }).catch(function () { /* the WebVTT link below the box stays */ });
  }

  document.querySelectorAll(".episode").forEach(setUp);

  var input = document.getElementById("feed-url"), button = document.getElementById("copy-feed");
  var status = document.querySelector(".feed-url .status");
  if (/^https?:$/.test(location.protocol)) input.value = new URL(input.dataset.feed, location.href).href;
  button.addEventListener("click", function () {
    function copied() { status.textContent = "Copied: paste it into your podcast app."; }
    input.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(copied, function () {
        status.textContent = "Press Ctrl+C (or long-press) to copy the selected address.";
      });
    } else if (document.execCommand("copy")) {
      copied();
    } else {
      status.textContent = "Press Ctrl+C (or long-press) to copy the selected address.";
    }
  });
})();
"""
