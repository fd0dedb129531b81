"""The floor: the least a Streamlit page with a folium map can cost.

One tiny polygon, a slider that changes its colour, nothing else.
"""

import folium
import streamlit as st
from streamlit_folium import st_folium

year = st.select_slider("Year", options=[1855, 1875, 1905, 1945, 1956, 1991, 1993, 2018, 2022])
color = "#d62728" if year < 1945 else "#1f77b4"
m = folium.Map(location=[44.2, 146.6], zoom_start=7)
folium.Polygon([(43.8, 146.6), (43.9, 146.9), (43.7, 146.9)], color=color, fill=True).add_to(m)
st_folium(m, width=900, height=600)
