-- wrk script: POST /v1/check with a typical post (a link and a sentence of the poster's own) and the key from $KEY.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
wrk.body = '{"text":"The part at 12:40 about ration cards surprised me; I had no idea the scheme ran that long.\\n\\n[MEDIA=youtube]Xq3Lm9TzB1c[/MEDIA]","format":"bbcode"}'
