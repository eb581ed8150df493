package com.icr.tenant.internal;

import com.icr.tenant.TenantId;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/** Stores a {@link TenantId} as its string in every {@code tenant_id} column. */
@Converter(autoApply = true)
public class TenantIdConverter implements AttributeConverter<TenantId, String> {

    @Override
    public String convertToDatabaseColumn(TenantId tenantId) {
        return tenantId == null ? null : tenantId.value();
    }

    @Override
    public TenantId convertToEntityAttribute(String value) {
        return value == null ? null : new TenantId(value);
    }

}
