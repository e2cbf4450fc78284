namespace SaySomething.Guard.Tests.Browser;

/// <summary>Composer markup as forums render it: a plain form, XenForo's Froala editor, Discourse's reply control.</summary>
internal static class ForumMarkup
{
    public const string BareLink = "https://www.youtube.com/watch?v=aBcD3fGh1jK";

    public const string Sentence = "Great talk, I think the part about caching at 12:30 is wrong though.";

    /// <summary>A thread title and a reply form that posts to the forum's /posted page.</summary>
    public const string TextareaForm = """
        <h1 id="thread-title">Caching talks worth watching</h1>
        <form action="/posted" method="post">
          <label for="composer">Your reply</label>
          <textarea id="composer" name="message" data-saysomething-guard rows="6" cols="60"></textarea>
          <div id="cards"></div>
          <button type="submit" id="post">Post reply</button>
        </form>
        """;

    /// <summary>XenForo's rich editor: a Froala contenteditable inside <c>.fr-box</c>, in the reply form.</summary>
    public const string XenForoEditor = """
        <form action="/posted" method="post" class="message-editor">
          <div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true" aria-label="Message"></div></div></div>
          <button type="submit" id="post">Post reply</button>
        </form>
        """;

    /// <summary>
    /// Discourse's reply control, added a moment after the page loads (as when the composer opens), with its preview
    /// showing a lazy-video onebox, and a Reply button that saves by script (no form).
    /// </summary>
    public const string DiscourseComposer = """
        <div id="app"></div>
        <script>
          setTimeout(function () {
            document.getElementById('app').innerHTML =
              '<div id="reply-control"><input id="reply-title" value="Harbour news">' +
              '<div class="d-editor"><div class="d-editor-container"><div class="d-editor-textarea-wrapper">' +
              '<textarea class="d-editor-input" aria-label="Type here"></textarea></div>' +
              '<div class="d-editor-preview"><div class="youtube-onebox lazy-video-container" data-video-id="Rb7Kp2QwZ1s" ' +
              'data-video-title="the night the port stopped and nobody noticed" data-provider-name="youtube">' +
              '<a href="https://www.youtube.com/watch?v=Rb7Kp2QwZ1s" class="video-thumbnail">thumbnail</a></div></div></div></div>' +
              '<div class="save-or-cancel"><button class="btn btn-primary create" type="button">Reply</button></div></div>';
            document.querySelector('#reply-control .create').addEventListener('click', function () {
              var saved = document.createElement('p');
              saved.id = 'saved';
              saved.textContent = 'Saved';
              document.body.appendChild(saved);
            });
          }, 300);
        </script>
        """;
}
