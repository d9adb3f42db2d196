-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: a customer's deals (its won leads and its upsells) are read by the
-- customer, for the Customers view.
CREATE INDEX leads_customer ON leads (customer_id) WHERE customer_id IS NOT NULL;
