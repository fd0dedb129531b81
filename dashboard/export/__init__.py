"""The static edition: the map and the timeline as plain files any web host (or a disk) serves.

    python -m dashboard.export --out DIR

`site.build_site` makes the files from the app's own data, snapshots and map states;
`site.site_zip` packs them for the app's download button; `embed.embed_snippet` writes the
<iframe> that puts a published copy into another page; `app` holds the Streamlit side.
"""
