/*
 * The demo page's own script (the guard is /guard.js): fills the composer from the bundled samples, shows a link card
 * for a sample's link the way a forum's preview would (the guard reads the card's title), and "posts" replies into the
 * page. Nothing leaves the page but the guard's checks.
 */
(function () {
  'use strict';
  var samples = [];

  function composer() {
    return document.getElementById('composer');
  }

  function draftText() {
    var c = composer();
    return c.isContentEditable ? c.innerText : c.value;
  }

  function setDraft(text) {
    var c = composer();
    if (c.isContentEditable) {
      c.textContent = text;
    } else {
      c.value = text;
    }
    c.dispatchEvent(new Event('input', { bubbles: true }));
    c.focus();
  }

  /* A sample's link: the first http(s) URL, or a [MEDIA=youtube] key written as the watch URL. */
  function linkOf(text) {
    var url = /https?:\/\/[^\s\]]+/.exec(text);
    return url ? url[0] : null;
  }

  function updateCard() {
    var slot = document.getElementById('card-slot');
    var text = draftText();
    var card = null;
    samples.forEach(function (s) {
      var url = s.context && s.context.title && linkOf(s.text);
      if (url && text.indexOf(url) >= 0) {
        card = { url: url, title: s.context.title };
      }
    });
    slot.textContent = '';
    if (!card) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'link-card';
    box.setAttribute('data-saysomething-card-url', card.url);
    box.setAttribute('data-saysomething-card-title', card.title);
    var body = document.createElement('div');
    var site = document.createElement('p');
    site.className = 'link-card-site';
    site.textContent = new URL(card.url).hostname;
    var title = document.createElement('p');
    title.className = 'link-card-title';
    title.textContent = card.title;
    body.appendChild(site);
    body.appendChild(title);
    box.appendChild(body);
    slot.appendChild(box);
  }

  function loadSamples() {
    fetch('/demo/assets/samples.jsonl', { credentials: 'omit' })
      .then(function (r) {
        return r.ok ? r.text() : '';
      })
      .then(function (body) {
        var select = document.getElementById('sample');
        body.split('\n').forEach(function (line) {
          if (!line.trim()) {
            return;
          }
          var s = JSON.parse(line);
          samples.push(s);
          var option = document.createElement('option');
          option.value = String(samples.length - 1);
          option.textContent = s.id + ': ' + s.text.replace(/\s+/g, ' ').slice(0, 70);
          select.appendChild(option);
        });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    loadSamples();
    document.getElementById('sample').addEventListener('change', function (e) {
      var s = samples[parseInt(e.target.value, 10)];
      if (s) {
        setDraft(s.text);
      }
    });
    composer().addEventListener('input', updateCard);
    document.getElementById('reply-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = draftText();
      if (!text.trim()) {
        return;
      }
      var post = document.createElement('div');
      post.className = 'post';
      var author = document.createElement('p');
      author.className = 'post-author';
      author.textContent = 'you (posted on this page only)';
      var body = document.createElement('p');
      body.textContent = text;
      post.appendChild(author);
      post.appendChild(body);
      document.getElementById('posted').appendChild(post);
      setDraft('');
      updateCard();
    });
  });
})();
