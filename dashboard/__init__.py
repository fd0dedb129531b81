"""Northern Territories / Southern Kurils dashboard: data, domain logic and map builders."""
