/*
 * SaySomething composer guard. Served as is at /guard.js: readable source, no dependencies, no build step.
 *
 * Watches a composer (textarea, contenteditable, XenForo's Froala editor, Discourse's d-editor), checks the draft
 * with POST /v1/check (a check-only key) as the poster types and again on submit, and shows an inline hint with the
 * verdict's message and the words that counted as the poster's own. It never blocks posting: a slow or failing
 * service shows nothing. It sends the draft (and, if configured, the community, section, thread title and the
 * titles of link cards in the composer's own preview) to the service and nothing else: no cookies, no referrer.
 * Configuration: data-* attributes on this script tag, or window.SaySomethingGuardConfig set before it (docs/guard.md).
 */
(function () {
  'use strict';
  if (window.SaySomethingGuard && window.SaySomethingGuard.version) {
    return;
  }

  var script = document.currentScript;
  var MAX_DRAFT = 60000; // characters; longer drafts are not checked (the hint would not help there)
  var MAX_PREVIEW = 2000; // characters of the draft shown with the own words marked
  var TARGETS = 'textarea.d-editor-input, .fr-element[contenteditable="true"], [data-saysomething-guard]';
  var SCOPES = 'form, #reply-control, [data-saysomething-scope]';
  var SUBMITS = '#reply-control .save-or-cancel .create, [data-saysomething-submit]';
  var STRINGS = {
    label: 'Posting guidance',
    ownWords: 'Words that count as your own:',
    noOwnWords: 'No words count as your own yet.',
    showWords: 'Show which words count',
    hideWords: 'Hide which words count',
    ownStart: 'your words:',
    ownEnd: 'end of your words',
    dismiss: 'Dismiss',
    cleared: 'Thanks: your post says something of its own.',
    confirm: 'Post it anyway?',
    postAnyway: 'Post anyway',
    keepEditing: 'Keep editing'
  };

  var config = readConfig();
  var handles = [];
  var counter = 0;

  function readConfig() {
    var given = window.SaySomethingGuardConfig || {};
    var data = (script && script.dataset) || {};
    var c = {};
    function pick(name, fallback) {
      return given[name] !== undefined ? given[name] : data[name] !== undefined ? data[name] : fallback;
    }
    c.key = pick('key', '');
    c.service = String(pick('service', script && script.src ? new URL(script.src, location.href).origin : location.origin)).replace(/\/+$/, '');
    c.community = pick('community', null);
    c.section = pick('section', null);
    c.titleSelector = pick('titleSelector', null);
    c.mode = pick('mode', 'hint') === 'confirm' ? 'confirm' : 'hint';
    c.target = pick('target', TARGETS);
    c.scope = pick('scope', SCOPES);
    c.submit = pick('submit', SUBMITS);
    c.hintAfter = pick('hintAfter', '.fr-box, .d-editor');
    c.delay = number(pick('delay', 800), 800);
    c.timeout = number(pick('timeout', 3000), 3000);
    c.submitTimeout = number(pick('submitTimeout', 1500), 1500);
    c.cards = pick('cards', 'on') !== 'off' && pick('cards', true) !== false;
    c.styles = pick('styles', 'on') !== 'off' && pick('styles', true) !== false;
    c.locale = pick('locale', null);
    c.metadata = typeof given.metadata === 'function' ? given.metadata : null;
    c.strings = {};
    for (var name in STRINGS) {
      var attr = 'string' + name.charAt(0).toUpperCase() + name.slice(1);
      c.strings[name] = (given.strings && given.strings[name]) || data[attr] || STRINGS[name];
    }
    return c;
  }

  function number(value, fallback) {
    var n = parseInt(value, 10);
    return n >= 0 && n <= 60000 ? n : fallback;
  }

  /* ---- styles: a constructed sheet where supported, so a strict style-src CSP does not block them ---- */

  var CSS =
    '.ss-guard{font:inherit;font-size:.95em;line-height:1.4;margin:.4em 0;color:#1f2328}' +
    '.ss-guard[data-ss-state="hint"]{background:#fff8c5;border:1px solid #9a6700;border-left-width:4px;border-radius:4px;padding:.5em .75em}' +
    '.ss-guard[data-ss-state="ok"]{border-left:4px solid #1a7f37;padding:.25em .75em;background:#fff}' +
    '.ss-guard p{margin:0}.ss-guard-row{margin-top:.4em;display:flex;flex-wrap:wrap;gap:.5em;align-items:center}' +
    '.ss-guard button{font:inherit;font-size:.9em;color:#1f2328;background:#fff;border:1px solid #57606a;border-radius:4px;padding:.2em .6em;cursor:pointer}' +
    '.ss-guard button:hover{background:#f3f4f6}.ss-guard button:focus-visible{outline:3px solid #0969da;outline-offset:2px}' +
    '.ss-guard-draft{margin-top:.3em;padding:.4em;background:#fff;border:1px solid #d0d7de;white-space:pre-wrap;overflow-wrap:anywhere;max-height:12em;overflow:auto}' +
    '.ss-guard mark{background:#ffe58f;color:#1f2328;border-bottom:2px solid #9a6700;padding:0 .1em}' +
    '.ss-guard-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}' +
    '.ss-guard [hidden]{display:none}' +
    '@media (prefers-reduced-motion:no-preference){.ss-guard[data-ss-state="hint"]{animation:ss-guard-in .2s ease-out}}' +
    '@keyframes ss-guard-in{from{opacity:0}to{opacity:1}}';

  function addStyles() {
    if (!config.styles) {
      return;
    }
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) {
      var style = document.createElement('style');
      style.textContent = CSS;
      document.head.appendChild(style);
    }
  }

  /* ---- small DOM helpers: text is always set as text, never as HTML ---- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function button(text, onClick) {
    var b = el('button', null, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function isEditable(node) {
    return node.isContentEditable || node.getAttribute('contenteditable') === 'true';
  }

  /* ---- one guarded composer ---- */

  function Guard(composer) {
    var self = this;
    var id = 'ss-guard-' + ++counter;
    this.composer = composer;
    this.scope = composer.closest(config.scope);
    this.extraMetadata = [];
    this.seq = 0;
    this.last = null; // { text, verdict }
    this.shown = false;
    this.dismissed = null;
    this.asked = null;
    this.allowed = null;

    var box = (this.box = el('div', 'ss-guard'));
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', config.strings.label);
    box.setAttribute('data-ss-state', 'empty');
    if (config.locale) {
      box.lang = config.locale;
    }
    this.live = el('p', 'ss-guard-message');
    this.live.id = id + '-message';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.actions = el('div', 'ss-guard-row');
    this.toggle = button(config.strings.showWords, function () {
      self.showWords(self.words.hidden);
    });
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.setAttribute('aria-controls', id + '-words');
    this.actions.appendChild(this.toggle);
    this.actions.appendChild(button(config.strings.dismiss, function () {
      self.dismissed = self.last && self.last.text;
      self.clear();
      self.composer.focus();
    }));
    this.words = el('div', 'ss-guard-words');
    this.words.id = id + '-words';
    this.confirmRow = el('div', 'ss-guard-row');
    this.confirmRow.setAttribute('role', 'group');
    this.confirmRow.setAttribute('aria-label', config.strings.confirm);
    this.confirmRow.appendChild(el('span', null, config.strings.confirm));
    this.postButton = button(config.strings.postAnyway, function () {
      self.finishConfirm(true);
    });
    this.keepButton = button(config.strings.keepEditing, function () {
      self.finishConfirm(false);
    });
    this.confirmRow.appendChild(this.postButton);
    this.confirmRow.appendChild(this.keepButton);
    box.appendChild(this.live);
    box.appendChild(this.actions);
    box.appendChild(this.words);
    box.appendChild(this.confirmRow);
    this.actions.hidden = this.words.hidden = this.confirmRow.hidden = true;

    var anchor = (config.hintAfter && composer.closest(config.hintAfter)) || composer;
    anchor.insertAdjacentElement('afterend', box);
    var described = composer.getAttribute('aria-describedby');
    composer.setAttribute('aria-describedby', (described ? described + ' ' : '') + this.live.id);

    this.onInput = function () {
      self.allowed = self.asked = null;
      clearTimeout(self.timer);
      self.timer = setTimeout(function () {
        self.check(config.timeout);
      }, config.delay);
    };
    composer.addEventListener('input', this.onInput);
    if (this.text().trim()) {
      this.onInput();
    }
  }

  Guard.prototype.text = function () {
    var c = this.composer;
    return isEditable(c) ? c.innerHTML : c.value || '';
  };

  Guard.prototype.request = function (text) {
    var body = { text: text, format: isEditable(this.composer) ? 'html' : 'auto' };
    if (config.community) {
      body.community = config.community;
    }
    if (config.section) {
      body.section = config.section;
    }
    var title = config.titleSelector && document.querySelector(config.titleSelector);
    var titleText = title && ('value' in title ? title.value : title.textContent);
    if (titleText && titleText.trim()) {
      body.thread_title = titleText.trim().slice(0, 500);
    }
    var metadata = this.extraMetadata.concat(config.cards ? this.cards(text) : []);
    if (config.metadata) {
      try {
        metadata = metadata.concat(config.metadata(text) || []);
      } catch (e) {
        // a failing hook of the forum's never stops the check
      }
    }
    if (metadata.length) {
      body.metadata = metadata.slice(0, 20).map(function (m) {
        return { url: String(m.url || ''), title: m.title || null, description: m.description || null };
      });
    }
    return body;
  };

  /* Link cards shown in the composer's own preview, for links that are in the draft. */
  Guard.prototype.cards = function (text) {
    var found = [];
    var root = this.scope || document;
    root.querySelectorAll('[data-saysomething-card-url], aside.onebox[data-onebox-src], .lazy-video-container[data-video-title]').forEach(function (card) {
      var url = card.getAttribute('data-saysomething-card-url') || card.getAttribute('data-onebox-src');
      var key = url;
      var title;
      var description;
      if (card.hasAttribute('data-saysomething-card-url')) {
        title = card.getAttribute('data-saysomething-card-title');
        description = card.getAttribute('data-saysomething-card-description');
      } else if (card.hasAttribute('data-video-title')) {
        var link = card.querySelector('a[href]');
        url = link ? link.getAttribute('href') : '';
        key = card.getAttribute('data-video-id') || url;
        title = card.getAttribute('data-video-title');
      } else {
        var heading = card.querySelector('h3');
        var paragraph = card.querySelector('.onebox-body p');
        title = heading && heading.textContent.trim();
        description = paragraph && paragraph.textContent.trim();
      }
      if (url && key && text.indexOf(key) >= 0 && (title || description)) {
        found.push({ url: url, title: title, description: description });
      }
    });
    return found;
  };

  /* Checks the draft; resolves to the verdict, or null when there is none (empty draft, service slow or down). */
  Guard.prototype.check = function (timeout) {
    var self = this;
    var text = this.text();
    clearTimeout(this.timer);
    var visible = isEditable(this.composer) ? this.composer.textContent : text;
    if (!visible.trim() || text.length > MAX_DRAFT || !config.key) {
      this.clear();
      return Promise.resolve(null);
    }
    var body = JSON.stringify(this.request(text));
    // The same draft with the same context (cards, title) needs no second call.
    if (this.last && this.last.body === body) {
      return Promise.resolve(this.last.verdict);
    }
    var seq = ++this.seq;
    if (this.controller) {
      this.controller.abort();
    }
    var controller = (this.controller = new AbortController());
    var timer = setTimeout(function () {
      controller.abort();
    }, timeout);
    return fetch(config.service + '/v1/check', {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + config.key },
      body: body,
      signal: controller.signal
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('SaySomething check: HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (verdict) {
        clearTimeout(timer);
        if (seq === self.seq) {
          self.last = { text: text, body: body, verdict: verdict };
          self.render(verdict, text);
        }
        return verdict;
      })
      .catch(function () {
        clearTimeout(timer);
        // Slow, down or refused: the guard says nothing rather than something stale.
        if (seq === self.seq) {
          self.last = null;
          self.clear();
        }
        return null;
      });
  };

  function isProblem(verdict) {
    return !!verdict && !!verdict.message && (verdict.verdict === 'drive_by' || verdict.verdict === 'needs_review');
  }

  Guard.prototype.render = function (verdict, text) {
    if (!isProblem(verdict)) {
      if (this.shown) {
        this.setState('ok', config.strings.cleared);
      }
      return;
    }
    if (this.dismissed === text) {
      return;
    }
    this.setState('hint', verdict.message);
    this.shown = true;
    this.actions.hidden = false;
    this.fillWords(verdict, text);
  };

  Guard.prototype.setState = function (state, message) {
    this.box.setAttribute('data-ss-state', state);
    // Changing the live text only when it changes keeps screen readers from repeating it at every keystroke.
    if (this.live.textContent !== message) {
      this.live.textContent = message;
    }
    if (state !== 'hint') {
      this.actions.hidden = this.words.hidden = this.confirmRow.hidden = true;
      this.toggle.setAttribute('aria-expanded', 'false');
      this.toggle.textContent = config.strings.showWords;
    }
  };

  Guard.prototype.clear = function () {
    this.shown = false;
    this.setState('empty', '');
  };

  Guard.prototype.showWords = function (open) {
    this.words.hidden = !open;
    this.toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    this.toggle.textContent = open ? config.strings.hideWords : config.strings.showWords;
  };

  /* The draft with the spans the service counted as the poster's own marked (plain text), or the own words alone (HTML). */
  Guard.prototype.fillWords = function (verdict, text) {
    var words = this.words;
    words.textContent = '';
    var own = (verdict.spans || []).filter(function (s) {
      return s.role === 'own' && s.start >= 0 && s.end > s.start && s.end <= text.length;
    });
    if (!own.length) {
      words.appendChild(el('p', null, config.strings.noOwnWords));
      return;
    }
    words.appendChild(el('p', null, config.strings.ownWords));
    var draft = el('p', 'ss-guard-draft');
    if (isEditable(this.composer)) {
      own.forEach(function (s, i) {
        var part = document.createElement('template');
        part.innerHTML = text.slice(s.start, s.end); // inert: template content is parsed, never run or loaded
        if (i) {
          draft.appendChild(document.createTextNode(' … '));
        }
        draft.appendChild(mark(part.content.textContent));
      });
    } else {
      var at = 0;
      own.forEach(function (s) {
        if (s.start >= MAX_PREVIEW || s.start < at) {
          return;
        }
        draft.appendChild(document.createTextNode(text.slice(at, s.start)));
        draft.appendChild(mark(text.slice(s.start, Math.min(s.end, MAX_PREVIEW))));
        at = Math.min(s.end, MAX_PREVIEW);
      });
      draft.appendChild(document.createTextNode(text.slice(at, MAX_PREVIEW) + (text.length > MAX_PREVIEW ? '…' : '')));
    }
    words.appendChild(draft);
  };

  function mark(text) {
    var m = el('mark');
    m.appendChild(el('span', 'ss-guard-sr', config.strings.ownStart + ' '));
    m.appendChild(document.createTextNode(text));
    m.appendChild(el('span', 'ss-guard-sr', ' (' + config.strings.ownEnd + ')'));
    return m;
  }

  /* ---- submitting: hint mode checks once more; confirm mode asks once, and only when the answer comes in time ---- */

  Guard.prototype.attempt = function (event, resume) {
    var self = this;
    var text = this.text();
    if (config.mode !== 'confirm') {
      this.check(config.submitTimeout);
      return;
    }
    if (this.allowed === text || this.asked === text || this.resuming) {
      // Asked once already for this draft: a second submit is the answer.
      this.confirmRow.hidden = true;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.pending) {
      return;
    }
    this.pending = true;
    this.check(config.submitTimeout).then(function (verdict) {
      self.pending = false;
      if (!isProblem(verdict) || self.text() !== text) {
        self.allowed = text;
        self.resume(resume);
        return;
      }
      self.dismissed = null;
      self.render(verdict, text);
      self.asked = text;
      self.pendingResume = resume;
      self.confirmRow.hidden = false;
      self.keepButton.focus();
    });
  };

  Guard.prototype.finishConfirm = function (post) {
    var resume = this.pendingResume;
    this.pendingResume = null;
    this.confirmRow.hidden = true;
    if (post && resume) {
      this.allowed = this.text();
      this.resume(resume);
    } else {
      this.composer.focus();
    }
  };

  Guard.prototype.resume = function (resume) {
    this.resuming = true;
    try {
      resume();
    } finally {
      this.resuming = false;
    }
  };

  Guard.prototype.detach = function () {
    clearTimeout(this.timer);
    this.composer.removeEventListener('input', this.onInput);
    this.box.remove();
  };

  /* ---- finding composers, now and as they appear (Discourse and XenForo build their editors late) ---- */

  function guardFor(node) {
    for (var i = 0; i < handles.length; i++) {
      if (handles[i].composer === node || (handles[i].scope && handles[i].scope.contains(node))) {
        return handles[i];
      }
    }
    return null;
  }

  function scan() {
    handles = handles.filter(function (h) {
      if (!h.composer.isConnected) {
        h.detach();
        return false;
      }
      return true;
    });
    document.querySelectorAll(config.target).forEach(function (node) {
      if (!node.hasAttribute('data-ss-guarded')) {
        node.setAttribute('data-ss-guarded', '');
        handles.push(new Guard(node));
      }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var guard = guardFor(form);
    if (guard && form.contains(guard.composer)) {
      var submitter = event.submitter;
      guard.attempt(event, function () {
        if (submitter && submitter.isConnected && submitter.form === form) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      });
    }
  }, true);

  document.addEventListener('click', function (event) {
    var submit = config.submit && event.target.closest && event.target.closest(config.submit);
    var guard = submit && guardFor(submit);
    // A submit button of a form is handled by the submit event; this is for buttons that save by script (Discourse).
    if (guard && !(submit.type === 'submit' && submit.form)) {
      guard.attempt(event, function () {
        submit.click();
      });
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
      return;
    }
    var guard = guardFor(event.target);
    var submit = guard && guard.scope && config.submit && guard.scope.querySelector(config.submit);
    if (submit && !(submit.type === 'submit' && submit.form)) {
      guard.attempt(event, function () {
        submit.click();
      });
    }
  }, true);

  var pendingScan = 0;
  function start() {
    addStyles();
    scan();
    new MutationObserver(function () {
      if (!pendingScan) {
        pendingScan = setTimeout(function () {
          pendingScan = 0;
          scan();
        }, 150);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.SaySomethingGuard = {
    version: '1',
    /* Guards one more element (a textarea or a contenteditable) that the target selector does not match. */
    attach: function (node) {
      if (!node.hasAttribute('data-ss-guarded')) {
        node.setAttribute('data-ss-guarded', '');
        handles.push(new Guard(node));
      }
      return guardFor(node);
    },
    /* Gives what the forum knows of the draft's links ([{ url, title, description }]) for one composer. */
    setMetadata: function (node, metadata) {
      var guard = guardFor(node);
      if (guard) {
        guard.extraMetadata = (metadata || []).slice(0, 20);
        guard.last = null;
        guard.onInput();
      }
    },
    /* Checks a composer now; resolves to the verdict or null. */
    check: function (node) {
      var guard = guardFor(node);
      return guard ? guard.check(config.timeout) : Promise.resolve(null);
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
